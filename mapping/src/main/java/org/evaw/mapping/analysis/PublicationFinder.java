package org.evaw.mapping.analysis;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds publications a passage names: a bulleted item ("Handbook on Women and Imprisonment
 * (2014).") or a quoted title after a verb of publishing ("published the study “Background paper
 * on Femicide Review Committees”", "the training manual entitled ‘…’"), with the year when the
 * page gives one beside the title or in the same sentence.
 */
final class PublicationFinder {
    private static final Pattern TITLED_YEAR = Pattern.compile("^(.+?)\\s*\\((\\d{4})\\)\\s*\\.?\\s*(?:.*)$", Pattern.DOTALL);
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?)(?:\\.\\s|\\.$|$)", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile(
            "\\b(?:published|launched|developed|produced|issued|released|entitled)\\s+(?:(?:the|a|an|its|new)\\s+)?"
                    + "(?:[a-z-]+\\s+){0,3}[\u201C\u2018\"]([^\u201D\"\u2018\u201C]{4,200}?)\\s*(?:[\u201D\"]|\u2019(?![\\p{L}]))"
                    // A quoted name followed by "initiative" or "campaign" names a programme, not a publication.
                    + "(?!\\s+(?:initiative|programme|program|campaign|project|network|fund)\\b)"
                    + "(?:\\s*\\((\\d{4})\\))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

    private PublicationFinder() {}

    /** A bulleted item as a publication: the title before "(year)", or the first sentence. */
    static Publication ofListItem(Passage p) {
        String text = p.text();
        Matcher titled = TITLED_YEAR.matcher(text);
        if (titled.matches())
            return new Publication(titled.group(1).strip(), Year.of(Integer.parseInt(titled.group(2))), p);
        Matcher sentence = FIRST_SENTENCE.matcher(text);
        String title = sentence.find() ? sentence.group(1).strip() : text.strip();
        return new Publication(title, null, p);
    }

    /** Publications named by quoted titles in running text. */
    static List<Publication> inText(Passage p) {
        List<Publication> found = new ArrayList<>();
        Matcher m = QUOTED.matcher(p.text());
        while (m.find()) {
            String title = m.group(1).strip();
            Year year = m.group(2) != null ? Year.of(Integer.parseInt(m.group(2))) : yearInSentence(p.text(), m.start());
            found.add(new Publication(title, year, p));
        }
        return found;
    }

    private static Year yearInSentence(String text, int at) {
        int start = 0;
        int end = text.length();
        Matcher s = SENTENCE_END.matcher(text);
        while (s.find()) {
            if (s.end() <= at) {
                start = s.end();
            } else {
                end = s.end();
                break;
            }
        }
        Matcher y = YEAR.matcher(text.substring(start, end));
        return y.find() ? Year.of(Integer.parseInt(y.group(1))) : null;
    }
}
