package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds the yearly sixteen-day campaign against violence against women under the many names text
 * gives it besides the reference data's: "the 16 days against gender violence", "the “16 days of
 * united action to end violence against women”", in any case, with what it is against. The name is
 * the words as the text gives them, to the end of their complement ({@link ProgrammeComplements}'
 * stop words) or to the closing quote, without the article or the quotes.
 */
final class SixteenDaysRecogniser implements Recogniser {
    private static final Pattern CAMPAIGN = Pattern.compile(
            "(?=[1Ss])(?<=\\bthe\\s{1,3}[\"\u201C\u2018\u00AB]?|\\bThe\\s{1,3}[\"\u201C\u2018\u00AB]?)(?i:16|sixteen)\\s{1,3}(?i:days)"
                    + "(?:\\s{1,3}of\\s{1,3}[\\p{L}-]{2,20}(?:\\s{1,3}[\\p{L}-]{2,20})?)?"
                    + "\\s{1,3}(?:against|to\\s{1,3}(?:end|eliminate|stop|combat))(?<words>(?:\\s{1,3}[\\p{L}][\\p{L}'\u2019-]{0,30}){1,8})");

    private static final String OPENING_QUOTES = "\"\u201C\u2018\u00AB";
    private static final String CLOSING_QUOTES = "\"\u201D\u2019\u00BB";
    private static final int MAX_QUOTED = 160;

    private final IriMinter iris;

    SixteenDaysRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = CAMPAIGN.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            // In quotes, the name runs to the closing quote: "the “16 days of action against violence on women”".
            int closing = m.start() > 0 && OPENING_QUOTES.indexOf(text.charAt(m.start() - 1)) >= 0 ? closingQuote(text, m.start(), to) : -1;
            int end = closing > 0 ? closing : ProgrammeComplements.complementEnd(text, m.start("words"), m.end("words"));
            if (end <= m.start("words"))
                continue;
            String label = text.substring(m.start(), end).replaceAll("\\s+", " ");
            Entity e = Entity.foundByPattern(EntityType.PROGRAMME, label, iris);
            found.add(new Mention(e, m.start(), end, OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }

    /** The offset of the quote that closes a name opened at {@code start}, or -1 past a line's end or too far. */
    private static int closingQuote(String text, int start, int to) {
        for (int i = start; i < Math.min(to, start + MAX_QUOTED); i++) {
            char c = text.charAt(i);
            if (c == '\n')
                return -1;
            if (CLOSING_QUOTES.indexOf(c) >= 0)
                return i;
        }
        return -1;
    }
}
