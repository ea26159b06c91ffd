package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds campaigns named by their hashtag, as agencies and their partners name them: "the
 * #eyesopen awareness campaign", "the #OrangeTheWorld campaign", "its campaign #HearMeToo". The
 * hashtag is the campaign's name only where the text says it is one (a campaign, initiative,
 * challenge, movement or slogan is named beside it, perhaps before a list of hashtags: "the slogans
 * #NiUnEntierroMas and #…"): a hashtag alone may be any social media tag. Found
 * by pattern: confidence below reference.
 */
public final class HashtagCampaignRecogniser implements Recogniser {
    private static final Pattern HASHTAG = Pattern.compile("(?=#)(?<![\\p{L}\\p{N}&#/])#\\p{L}[\\p{L}\\p{N}_]{1,59}");
    /** After the hashtag (and the quote closing it: the "#MyResponse" campaign): a few lowercase words, then the kind of work ("awareness campaign"). */
    private static final Pattern KIND_AFTER = Pattern.compile(
            "[\"\u201d\u2019']?\\s{1,3}(?:[a-z][a-z-]{1,20}\\s{1,3}){0,3}(?:campaign|campaigns|initiative|challenge|movement|drive)\\b");
    /** Before the hashtag: the kind of work, then at most a "called" or a colon ("the campaign #HearMeToo"). */
    private static final Pattern KIND_BEFORE = Pattern.compile(
            "\\b(?:campaign|initiative|challenge|movement|drive|hashtags?|slogans?|campa\u00F1a|campagne|campanha|lema|consigna)\\s{0,3}"
                    + "(?:,|:|called|named|entitled|titled)?\\s{0,3}[\"\u201c\u2018']?"
                    // "under the slogans #NiUnEntierroMas and #…": the hashtags of a list after one such word.
                    + "(?:#[\\p{L}\\p{N}_]{1,60}[\"\u201d\u2019']?\\s{0,3}(?:,|and|y|et|e|&)\\s{0,3}[\"\u201c\u2018']?){0,4}$");

    private static final Pattern OPENS_A_PHRASE = Pattern.compile("\\s{1,2}\\p{Lu}\\p{Ll}");
    /** Room for the kind of work and the hashtags listed before this one. */
    private static final int LOOK_BEHIND = 200;

    private final IriMinter iris;

    public HashtagCampaignRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = HASHTAG.matcher(text).region(from, to);
        while (m.find()) {
            boolean after = KIND_AFTER.matcher(text).region(m.end(), Math.min(to, m.end() + 90)).lookingAt();
            boolean before = KIND_BEFORE.matcher(text.substring(Math.max(from, m.start() - LOOK_BEHIND), m.start())).find();
            if (!after && !before)
                continue;
            // "the slogan “#UNITE Against Violence”": the hashtag opens a slogan of more words, no campaign's name alone.
            if (!after && OPENS_A_PHRASE.matcher(text).region(m.end(), to).lookingAt())
                continue;
            String label = m.group();
            Entity e = Entity.foundByPattern(EntityType.PROGRAMME, label, iris);
            found.add(new Mention(e, m.start(), m.end(), OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }
}
