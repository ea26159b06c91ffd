package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds companies that a list names after the text has said it is one of companies: "business
 * leaders from Acme, BrightWorks, Lumen &Co and Norden Inc.", "companies such as Tessaro and
 * Vinci Group". Companies are often named by a brand alone, with no head noun a pattern could read
 * and in mixed case ("BrightWorks"), so only such a cue makes capitalised items names. An item is
 * one to four words, each capitalised or joined by "&" ("Lumen &Co"), with a company suffix and its
 * full stop ("Norden Inc."); an item holding a lowercase word ends the list. Found by pattern:
 * {@link Recognisers} keeps a find only where no other name is (a brand the reference data knows).
 * Each cue is read over a bounded stretch of text: linear in the text.
 */
public final class CompanyListRecogniser implements Recogniser {
    /** Words that say a list of companies follows, and what opens it. */
    private static final Pattern CUE = Pattern.compile(
            "\\b(?i:" + WordList.alternation("company-cues") + ")\\s{0,3}(?:,\\s{0,3})?(?:(?i:such\\s{1,3}as|including|like|namely|from|as)\\s{1,3}|[:(]\\s{0,3})");
    /** A word of a company's name: "MetLife", "&Co", "Inc.", "S.A.", "Procter", "3M". */
    private static final Pattern COMPANY_WORD = Pattern.compile(
            "(?:\\p{Lu}|\\p{N}+\\p{Lu}|&\\s?\\p{Lu})[\\p{L}\\p{N}'\u2019&.-]{0,30}|&");
    private static final int MAX_LIST = 300;
    private static final int MAX_NAME_WORDS = 4;

    private final IriMinter iris;

    public CompanyListRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        if (!Triggers.anyIgnoringCase(text, from, to, "compan", "business", "firms", "corporat", "brands", "private"))
            return found;
        Matcher cue = CUE.matcher(text).region(from, to);
        while (cue.find())
            readList(text, cue.end(), Math.min(to, cue.end() + MAX_LIST), found);
        return found;
    }

    /** Reads the items from {@code start}: separated by commas, "and" or "&amp;", until an item is no name. */
    private void readList(String text, int start, int limit, List<Mention> found) {
        int i = start;
        while (i < limit) {
            // One item: company words separated by single spaces.
            int a = i;
            int b = a;
            int words = 0;
            Matcher w = COMPANY_WORD.matcher(text).region(a, limit);
            while (words < MAX_NAME_WORDS && w.lookingAt() && !isJoin(text, w.start())) {
                b = w.end();
                words++;
                int next = b;
                if (next < limit && text.charAt(next) == ' ')
                    next++;
                if (next == b || next >= limit)
                    break;
                w.region(next, limit);
            }
            if (words == 0)
                return;
            // A full stop ends the sentence unless it closes an abbreviation: "Norden Inc." keeps its stop.
            String name = text.substring(a, b);
            if (name.endsWith(".") && !name.matches(".*\\b(?:Inc|Ltd|Co|Corp|S\\.A|S\\.L|N\\.V|B\\.V)\\."))
                name = name.substring(0, name.length() - 1);
            if (!name.isBlank() && name.codePoints().filter(Character::isLetter).count() >= 2) {
                String label = name.strip();
                Entity e = Entity.foundByPattern(EntityType.PARTNER, label, iris);
                found.add(new Mention(e, a, a + label.length(), OrganisationPatternRecogniser.CONFIDENCE));
            }
            Matcher join = JOIN.matcher(text).region(b, limit);
            if (!join.lookingAt())
                return;
            i = join.end();
        }
    }

    private static final Pattern JOIN = Pattern.compile("\\s{0,2},\\s{1,2}(?:and\\s{1,2}|&\\s{1,2})?|\\s{1,2}(?:and|&)\\s{1,2}");

    /** Whether an "and" or a lone "&" at {@code at} joins two items rather than being a word of one. */
    private static boolean isJoin(String text, int at) {
        return text.startsWith("& ", at);
    }
}
