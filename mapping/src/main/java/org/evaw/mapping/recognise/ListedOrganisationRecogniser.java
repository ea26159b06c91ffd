package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds organisations that a list names by an uppercase word alone, where the text has just said
 * the list is one of organisations: "Local NGOs run the field work: AEDL, KAIDIYA, KUNDJI FONDO,
 * DIKO and AREN", "with women's associations such as AFEM and TAMAT". Local NGOs are often known
 * by such names, with no head noun a pattern could read. Items of the list in mixed case are left
 * to the other recognisers; an item the reference data names (an agency in "partners such as UNDP
 * and WHO") gives way to that name. Found by pattern: confidence below reference matches. Each cue
 * is read over a bounded stretch of text, so the time taken is linear in the text.
 */
public final class ListedOrganisationRecogniser implements Recogniser {
    /** Words that say what follows is a list of organisations. */
    private static final Pattern CUE = Pattern.compile(
            "\\b(?:NGOs|CSOs|CBOs|(?i:partners|(?:non-governmental|civil[- ]society|community[- ]based|grassroots|women['\u2019]s|local"
                    + "|national|partner|implementing)\\s{1,3}(?:organi[sz]ations|associations|groups|NGOs|partners)))\\b");
    /** What opens the list right after the cue: "such as", "including", "namely", a comma or a colon. */
    private static final Pattern OPENER = Pattern.compile(
            "\\s{0,3}(?:,\\s{0,3})?(?:such\\s{1,3}as|including|namely|like)\\s{1,3}|\\s{0,3}[,:]\\s{1,3}");
    /** A colon further on opens the list too: "Local NGOs run much of the field work: …". */
    private static final int COLON_LOOK_AHEAD = 60;
    private static final int MAX_LIST = 400;
    /** An uppercase word of a name: "KAIDIYA", "KUNDJI", "3N", "FEMNET-K". */
    private static final Pattern UPPER_WORD = Pattern.compile("[\\p{Lu}\\p{N}]*\\p{Lu}[\\p{Lu}\\p{N}]*(?:-[\\p{Lu}\\p{N}]+)?");
    private static final int MAX_NAME_WORDS = 4;
    private static final Pattern LOWERCASE_WORD = Pattern.compile("(?<=\\s)\\p{Ll}");

    private final IriMinter iris;

    public ListedOrganisationRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        // Every cue ends in one of these words: a span with none of them has no list to read.
        if (!Triggers.anyIgnoringCase(text, from, to, "ngos", "csos", "cbos", "partners", "organi", "associations", "groups"))
            return found;
        Matcher cue = CUE.matcher(text).region(from, to);
        int done = from;
        while (cue.find()) {
            if (cue.start() < done)
                continue;
            int start = listStart(text, cue.end(), to);
            if (start < 0)
                continue;
            done = readList(text, start, Math.min(to, start + MAX_LIST), found);
        }
        return found;
    }

    /** Where the list opens after a cue ending at {@code at}, or -1 if no list follows. */
    private static int listStart(String text, int at, int to) {
        Matcher opener = OPENER.matcher(text).region(at, to);
        if (opener.lookingAt())
            return opener.end();
        for (int i = at; i < Math.min(to, at + COLON_LOOK_AHEAD); i++) {
            char c = text.charAt(i);
            if (c == ':')
                return i + 1;
            if (c == '.' || c == ';' || c == '\n' || c == '(')
                return -1;
        }
        return -1;
    }

    /** Reads the items of a list from {@code start} to the end of its sentence; returns where it stopped. */
    private int readList(String text, int start, int limit, List<Mention> found) {
        int itemStart = start;
        int depth = 0;
        int i = start;
        for (; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ';' || c == '\n' || c == '.' && endsSentence(text, i, limit))) {
                item(text, itemStart, i, c != ',', found);
                if (c != ',')
                    return i;
                itemStart = i + 1;
            } else if (depth == 0 && c == ' ' && text.startsWith(" and ", i)) {
                item(text, itemStart, i, false, found);
                itemStart = i + 5;
                i += 4;
            }
        }
        if (i >= text.length())
            item(text, itemStart, i, true, found);
        return i;
    }

    private static boolean endsSentence(String text, int dot, int limit) {
        return dot + 1 >= limit || Character.isWhitespace(text.charAt(dot + 1));
    }

    /**
     * An item made of uppercase words only, one to four of them, is an organisation's name; the last
     * item may run on into the rest of its sentence from a lowercase word: "… and TAMAT in Agadez".
     */
    private void item(String text, int a, int b, boolean last, List<Mention> found) {
        while (a < b && Character.isWhitespace(text.charAt(a)))
            a++;
        while (b > a && Character.isWhitespace(text.charAt(b - 1)))
            b--;
        if (text.startsWith("and ", a))
            a += 4;
        if (b <= a)
            return;
        if (last) {
            Matcher lower = LOWERCASE_WORD.matcher(text).region(a, b);
            if (lower.find())
                b = lower.start();
            while (b > a && Character.isWhitespace(text.charAt(b - 1)))
                b--;
            if (b <= a)
                return;
        }
        String[] words = text.substring(a, b).split("\\s+");
        if (words.length > MAX_NAME_WORDS)
            return;
        boolean longWord = false;
        for (String w : words) {
            if (!UPPER_WORD.matcher(w).matches())
                return;
            longWord |= w.codePoints().filter(Character::isLetter).count() >= 3;
        }
        if (!longWord)
            return;
        String label = String.join(" ", words);
        Entity e = Entity.foundByPattern(EntityType.PARTNER, label, iris);
        found.add(new Mention(e, a, b, OrganisationPatternRecogniser.CONFIDENCE));
    }
}
