package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * A name that the text defines by an acronym in brackets runs up to the bracket: "the International Network of
 * People who Use Drugs (INPUD)", "the Bangladesh Institute of ICT in Development (BIID)". The head-noun patterns
 * stop at the first word they do not expect ("who", "ICT"); the acronym's letters, read against the words before the
 * bracket as {@link DefinedAcronyms} reads them (Schwartz and Hearst's abbreviation definitions), say where the
 * definition starts. When it starts exactly where a name found starts, the whole definition is that name; when it
 * starts elsewhere, the acronym defines another name and this one is left as it is.
 */
final class DefinedLongForms {
    /**
     * The rest of the definition after a name found, then the acronym in brackets: no sentence's end, clause's
     * colon, quote or other bracket on the way; a lowercase or mixed acronym ("AMSHeR") is not read.
     */
    private static final Pattern REST_THEN_ACRONYM = Pattern.compile(
            "[^.;:!?()\\[\\]\"\u201C\u201D\\n]{1,100}?\\s{1,2}\\((\\p{Lu}[\\p{Lu}&]{1,9})\\)");

    /** The acronym in brackets right after a name found. */
    private static final Pattern ACRONYM_NEXT = Pattern.compile("\\s{1,2}\\((\\p{Lu}[\\p{Lu}&]{1,9})\\)");
    /** What may stand between two words of a definition's beginning: spaces, a comma, an apostrophe or a hyphen. */
    private static final Pattern WORD_GAP = Pattern.compile("\\s{0,2},?\\s{1,2}|['\u2019-]");
    /** Where a definition's beginning cannot reach back over: a sentence's or clause's end, a bracket, a quote. */
    private static final Pattern BARRIER = Pattern.compile("[.;:!?()\\[\\]\"\u201C\u201D\\n]");

    /** Words a definition holds without a letter of the acronym: "Oficina Municipal de la Mujer (OMM)". */
    private static final Set<String> CONNECTORS = DefinedAcronyms.SKIPPED;
    private static final Pattern WORD = DefinedAcronyms.WORD;
    /** How many words a definition may take. */
    private static final int MAX_WORDS = 16;

    private DefinedLongForms() {}

    /**
     * {@code found} with each partner or programme that an acronym's definition continues extended up to its bracket,
     * or back to the definition's first word, never out of {@code text[from, to)}.
     */
    static List<Mention> extended(String text, int from, int to, List<Mention> found, IriMinter iris) {
        // A name the patterns found inside the definition's rest is a word of the longer name now.
        return GrownNames.grown(found, m -> longForm(text, from, to, m, iris));
    }

    private static Mention longForm(String text, int from, int to, Mention m, IriMinter iris) {
        EntityType type = m.entity().type();
        if (type != EntityType.PARTNER && type != EntityType.PROGRAMME)
            return m;
        Matcher next = ACRONYM_NEXT.matcher(text).region(m.end(), to);
        if (next.lookingAt())
            return earlierStart(text, from, m, next.group(1), iris);
        Matcher rest = REST_THEN_ACRONYM.matcher(text).region(m.end(), to);
        if (!rest.lookingAt())
            return m;
        String acronym = rest.group(1);
        int bracket = rest.start(1) - 1;
        String definition = text.substring(m.start(), bracket).stripTrailing();
        // The acronym spells the words from the name's first one on, not fewer (another name's) and not more.
        List<String> words = WORD.matcher(definition).results().map(r -> r.group()).toList();
        if (words.size() > MAX_WORDS || !spells(acronym, acronym.length() - 1, words, words.size() - 1))
            return m;
        int end = m.start() + definition.length();
        String label = (m.entity().label() + text.substring(m.end(), end)).replaceAll("\\s+", " ");
        return new Mention(Entity.foundByPattern(type, label, iris), m.start(), end, m.confidence());
    }

    /**
     * The name that an acronym right after it defines from words before it: "the Truth, Justice, Reconciliation and
     * Reparations Commission (TJRRC)", where the patterns found "Reconciliation and Reparations Commission". The
     * words taken in are capitalised (or connectors), in the same clause, with only spaces, commas, apostrophes or
     * hyphens between them; the fewest that let the acronym spell the whole are taken, none if the name alone does.
     */
    private static Mention earlierStart(String text, int from, Mention m, String acronym, IriMinter iris) {
        String name = text.substring(m.start(), m.end());
        List<String> nameWords = WORD.matcher(name).results().map(r -> r.group()).toList();
        if (nameWords.isEmpty() || spells(acronym, acronym.length() - 1, nameWords, nameWords.size() - 1))
            return m;
        // The span asked about bounds the words taken in: a name the span cuts is not read past its start.
        int floor = Math.max(from, m.start() - 120);
        Matcher barrier = BARRIER.matcher(text).region(floor, m.start());
        while (barrier.find())
            floor = barrier.end();
        List<java.util.regex.MatchResult> before = WORD.matcher(text).region(floor, m.start()).results().toList();
        List<String> words = new ArrayList<>(nameWords);
        int gapEnd = m.start();
        for (int i = before.size() - 1; i >= 0 && words.size() < MAX_WORDS; i--) {
            java.util.regex.MatchResult w = before.get(i);
            String word = w.group();
            boolean connector = CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
            if (!WORD_GAP.matcher(text.substring(w.end(), gapEnd)).matches() || !connector && !Character.isUpperCase(word.codePointAt(0)))
                return m;
            words.add(0, word);
            gapEnd = w.start();
            if (!connector && spells(acronym, acronym.length() - 1, words, words.size() - 1)) {
                String label = (text.substring(w.start(), m.start()) + m.entity().label()).replaceAll("\\s+", " ");
                return new Mention(Entity.foundByPattern(m.entity().type(), label, iris), w.start(), m.end(), m.confidence());
            }
        }
        return m;
    }

    /** Whether {@code acronym}'s letters spell {@code name} from its first word to its last. */
    static boolean spellsWhole(String name, String acronym) {
        List<String> words = WORD.matcher(name).results().map(r -> r.group()).toList();
        return !words.isEmpty() && words.size() <= MAX_WORDS && !acronym.isEmpty()
                && spells(acronym, acronym.length() - 1, words, words.size() - 1);
    }

    /**
     * Whether words {@code [0, w]} spell the acronym's letters {@code [0, a]}, as Schwartz and Hearst read a
     * definition: each letter, from the last, the first letter of a word going back; the first word the first
     * letter's; connectors between them without a letter; another word in lower case with or without one ("People
     * who Use Drugs (…PUD)", "désarmement, démobilisation et réintégration (…DDR)"), whichever spells the whole.
     */
    private static boolean spells(String acronym, int a, List<String> words, int w) {
        if (a < 0)
            return w < 0;
        if (w < a)
            return false;
        String word = words.get(w);
        boolean lower = word.chars().noneMatch(Character::isUpperCase);
        boolean last = a == acronym.length() - 1 && w == words.size() - 1;
        if (!last && CONNECTORS.contains(word.toLowerCase(Locale.ROOT)))
            return spells(acronym, a, words, w - 1);
        boolean letter = Character.toLowerCase(word.charAt(0)) == Character.toLowerCase(acronym.charAt(a)) && (a > 0 || !lower);
        return letter && spells(acronym, a - 1, words, w - 1) || lower && !last && spells(acronym, a, words, w - 1);
    }
}
