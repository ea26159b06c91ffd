package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds a programme that text names by its title after a lowercase head noun and "on": "a research
 * programme on Coastal Livelihoods, Memory and Social Repair". Capitalised words of a title that
 * runs on through commas and small words are its name; a theme that text capitalises ("a programme
 * on Women, Peace and Security", "on Gender Equality") names no programme, nor do one or two
 * capitalised words ("a course on Inspira", "programmes on HIV").
 */
final class ProgrammeOnTitleRecogniser implements Recogniser {
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}'\u2019-]{0,30}";
    private static final Pattern TITLE = Pattern.compile(
            "\\b(?:programme|program|project|initiative|campaign)\\s{1,3}on\\s{1,3}(?<title>" + WORD
                    + "(?:(?:\\s{1,3}|,\\s{1,3}|\\s{1,3}(?:and|of|for|on|against|in|to|the)\\s{1,3})" + WORD + "){2,9})");
    private static final Pattern CAPITALISED = Pattern.compile(WORD);
    private static final int MIN_CAPITALISED = 3;

    private final IriMinter iris;

    ProgrammeOnTitleRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = TITLE.matcher(text).region(from, to);
        while (m.find()) {
            String title = m.group("title").replaceAll("\\s+", " ");
            List<String> words = new ArrayList<>();
            Matcher w = CAPITALISED.matcher(title);
            while (w.find())
                words.add(w.group());
            if (words.size() < MIN_CAPITALISED || !LowercaseHeadProgrammeRecogniser.names(words))
                continue;
            Entity e = new Entity(EntityType.PROGRAMME, iris.entity("programme", title), title, null, null, false);
            found.add(new Mention(e, m.start("title"), m.end("title"), OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }
}
