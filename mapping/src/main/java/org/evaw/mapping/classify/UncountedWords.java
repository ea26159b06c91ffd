package org.evaw.mapping.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.recognise.EntityType;
import org.evaw.mapping.recognise.Mention;
import org.evaw.mapping.recognise.Token;

/**
 * The words of an activity that do not say what it is about or what it does, as eval/README.md
 * ("Subjects and interventions") sets out: the names of organisations, offices, bodies and cited
 * instruments ("the Special Rapporteur on violence against women", "resolution 1820 on sexual
 * violence in conflict"), web addresses, and, for the kinds of intervention only, the phrases that
 * name who pays for the activity ("with funding from the European Union", "funded by Norway"), who
 * it is done with ("in coordination with the Ministry") or what something is called ("referred to
 * as"). Programme names count: a campaign the activity joins says what it does.
 */
final class UncountedWords {
    /** What follows a cited resolution's or instrument's name when it gives its title: "(2000) on women, peace and security". */
    private static final Pattern TITLE = Pattern.compile(
            "(?:\\s{0,3}\\(\\d{4}\\))?\\s{1,3}(?:on|sur|sobre|relating\\s{1,3}to|concerning)\\s[^.;:,()\\n]{1,150}");
    /** A web address: its path holds words ("…/human-trafficking/Needs_Assessment_Toolkit.pdf") that say nothing. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"]{1,2000}");
    /**
     * Phrases whose signal words say nothing of the kind of work: those that introduce who pays for
     * an activity, and "referred to as", which names a thing and refers no survivor.
     */
    private static final Pattern NO_KIND = Pattern.compile(
            "\\b(?:(?:with|through|thanks\\s{1,3}to)\\s{1,3}(?:the\\s{1,3})?(?:generous\\s{1,3})?"
                    + "(?:funding|funds|financing|financial\\s{1,3}(?:support|assistance|contributions?)|grants?)"
                    + "\\s{1,3}(?:from|of|provided\\s{1,3}by)"
                    + "|(?:co-?|jointly\\s{1,3})?(?:funded|financed|sponsored)\\s{1,3}by"
                    // "paid for by Korea", "the EU-funded project", "the Netherlands, which funds the programme".
                    + "|paid\\s{1,3}for\\s{1,3}by|[\\p{L}]{2,15}-(?:funded|financed|sponsored)"
                    + "|(?:which|that|who)\\s{1,3}(?:funds|finances|funded|financed)"
                    + "|(?:funding|financial\\s{1,3}support)\\s{1,3}(?:provided|given)\\s{1,3}by"
                    + "|referred\\s{1,3}to\\s{1,3}as"
                    // Who the work is done with, as "in partnership with" says: the activity need not coordinate anyone.
                    + "|(?:in|en|em)\\s{1,3}(?:close\\s{1,3}|(?:[eé]troite|estrecha|estreita)\\s{1,3})?(?:coordination|coordinaci\u00F3n|coordena\u00E7\u00E3o)"
                    + "\\s{1,3}(?:with|avec|con|com))\\b"
                    // The payer named right after, a fund too: "financed by the IOM Development Fund (IDF)".
                    // (Case-sensitive: the pattern's other words are not, and a capital is what ends the name.)
                    + "(?-i:\\s{1,3}(?:the\\s{1,3})?\\p{Lu}[\\p{L}'\u2019-]*"
                    + "(?:\\s{1,3}(?:\\p{Lu}[\\p{L}'\u2019-]*|(?:of|for|on|and|the)(?=\\s{1,3}\\p{Lu}))){0,10})?",
            Pattern.CASE_INSENSITIVE);

    /** The words (folded) of which every phrase of {@link #NO_KIND} holds one. */
    private static final Set<String> NO_KIND_WORDS = Set.of("funding", "funds", "financing", "financial", "grant",
            "grants", "funded", "financed", "sponsored", "referred", "paid", "finances", "coordination", "coordinaci\u00F3n",
            "coordena\u00E7\u00E3o");
    /** How far such a phrase reaches on either side of its word: "thanks to the generous financial contributions from". */
    private static final int NO_KIND_REACH = 40;

    private UncountedWords() {}

    /** Whether the names of this kind are words that never count. */
    static boolean masks(EntityType type) {
        return switch (type) {
            case AGENCY, BODY, PARTNER, INSTRUMENT, RESOLUTION, UN_DOCUMENT -> true;
            default -> false;
        };
    }

    /** Marks, for each of {@code tokens}, whether it lies in a name of {@code names}, a cited title after one or a web address. */
    static boolean[] inNames(String text, int to, List<Token> tokens, List<Mention> names) {
        List<int[]> spans = new ArrayList<>();
        Matcher address = WEB_ADDRESS.matcher(text);
        int after = 0;
        for (Token t : tokens) {
            // A web address is cut into many tokens; the pattern is tried only where one may open.
            if (t.start() < after || !(t.text().equals("http") || t.text().equals("https") || t.text().equals("www")))
                continue;
            address.region(t.start(), to);
            if (address.lookingAt()) {
                spans.add(new int[] {t.start(), address.end()});
                after = address.end();
            }
        }
        Matcher title = TITLE.matcher(text);
        for (Mention m : names) {
            if (m.start() >= to || !masks(m.entity().type()))
                continue;
            int end = m.end();
            EntityType type = m.entity().type();
            if ((type == EntityType.RESOLUTION || type == EntityType.INSTRUMENT) && end < to) {
                title.region(end, to);
                if (title.lookingAt())
                    end = title.end();
            }
            spans.add(new int[] {m.start(), end});
        }
        return mark(tokens, spans, new boolean[tokens.size()]);
    }

    /**
     * A copy of {@code uncounted} that also marks the tokens of the phrases in
     * {@code text[from, to)} that say nothing of the kind of work ({@code keys} are the tokens'
     * keys): who pays for the activity, what something is called. The payer's name itself is left
     * as it is: an organisation's name is masked already, and a fund that the activity's agency
     * manages ("projects financed by the Trust Fund, which UNODC manages") still says the activity
     * channels money. Without such a phrase, {@code uncounted} itself.
     */
    static boolean[] inPhrasesOfNoKind(String text, int from, int to, List<Token> tokens, String[] keys, boolean[] uncounted) {
        List<int[]> spans = new ArrayList<>();
        // Transparent bounds: a word boundary at the edge of a window is judged by the text around it.
        Matcher phrase = NO_KIND.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int searched = from;
        // The pattern is tried only around the words it cannot match without: a regular expression
        // tried at every position of every activity would cost more than the rest of the classifier.
        for (int i = 0; i < keys.length; i++) {
            Token t = tokens.get(i);
            if (!NO_KIND_WORDS.contains(keys[i]) || t.end() <= searched)
                continue;
            phrase.region(Math.max(searched, t.start() - NO_KIND_REACH), Math.min(to, t.end() + NO_KIND_REACH));
            while (phrase.find()) {
                spans.add(new int[] {phrase.start(), phrase.end()});
                searched = phrase.end();
            }
        }
        if (spans.isEmpty())
            return uncounted;
        return mark(tokens, spans, uncounted.clone());
    }

    private static boolean[] mark(List<Token> tokens, List<int[]> spans, boolean[] uncounted) {
        spans.sort(Comparator.comparingInt(s -> s[0]));
        int first = 0;
        for (int[] span : spans) {
            // Spans are sorted by start, so no later span reaches a token that ends before this one starts.
            while (first < tokens.size() && tokens.get(first).end() <= span[0])
                first++;
            for (int j = first; j < tokens.size() && tokens.get(j).start() < span[1]; j++)
                uncounted[j] = true;
        }
        return uncounted;
    }
}
