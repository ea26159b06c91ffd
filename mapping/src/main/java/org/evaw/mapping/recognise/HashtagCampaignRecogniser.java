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
 * challenge or movement is named beside it): a hashtag alone may be any social media tag. Found
 * by pattern: confidence below reference.
 */
public final class HashtagCampaignRecogniser implements Recogniser {
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}&#/])#\\p{L}[\\p{L}\\p{N}_]{1,59}");
    /** After the hashtag: a few lowercase words, then the kind of work ("awareness campaign"). */
    private static final Pattern KIND_AFTER = Pattern.compile(
            "\\s{1,3}(?:[a-z][a-z-]{1,20}\\s{1,3}){0,3}(?:campaign|campaigns|initiative|challenge|movement)\\b");
    /** Before the hashtag: the kind of work, then at most a "called" or a colon ("the campaign #HearMeToo"). */
    private static final Pattern KIND_BEFORE = Pattern.compile(
            "\\b(?:campaign|initiative|challenge|movement|hashtag)\\s{0,3}(?:,|:|called|named|entitled|titled)?\\s{0,3}[\"\u201c\u2018']?$");

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
            boolean before = KIND_BEFORE.matcher(text.substring(Math.max(from, m.start() - 40), m.start())).find();
            if (!after && !before)
                continue;
            String label = m.group();
            Entity e = Entity.foundByPattern(EntityType.PROGRAMME, label, iris);
            found.add(new Mention(e, m.start(), m.end(), OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }
}
