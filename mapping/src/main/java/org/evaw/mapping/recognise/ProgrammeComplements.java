package org.evaw.mapping.recognise;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A campaign the reference data knows, named in full by the words that say what it is against: "the
 * 16 Days of Activism against violence against women and girls", "the 16 Days of Activism to End
 * Gender-Based Violence", "les 16 jours d'activisme contre les violences faites aux femmes et aux filles". The reference matched its short name ("16 Days of Activism") and stopped
 * where the text's own complement, worded otherwise than the reference's, begins; the mention now
 * runs over that complement, so that it quotes the name as the text gives it. The programme is the
 * same one. The complement is one phrase of words and "and": it stops at punctuation, a bracket, a
 * number, or a word that opens what the sentence says next ("in November", "which", "led by").
 */
final class ProgrammeComplements {
    private static final Pattern COMPLEMENT = Pattern.compile(
            "\\s{1,3}(?i:against|to\\s{1,3}(?:end|eliminate|stop|combat)|contre|contra|pour\\s{1,3}(?:mettre\\s{1,3}fin\\s{1,3}(?:aux|à)|éliminer)"
                    + "|para\\s{1,3}(?:poner\\s{1,3}fin\\s{1,3}a|eliminar|erradicar))"
                    + "(?<words>(?:\\s{1,3}[\\p{L}][\\p{L}'\u2019-]{0,30}){1,8})");
    /** Words that end the complement: they open the rest of the sentence. */
    private static final java.util.Set<String> STOPS = java.util.Set.of("in", "at", "on", "during", "from", "by", "with", "across",
            "throughout", "which", "that", "who", "where", "when", "while", "as", "under", "led", "organised", "organized",
            "held", "run", "through", "to", "for", "is", "was", "were", "are", "has", "had", "will",
            // "… to end femicide and the rally": an article after "and" opens another name.
            "the", "a", "an", "its", "their",
            // French and Spanish: "… contre les violences faites aux femmes, dans les écoles", "… sous le thème", "… en 2023".
            "dans", "en", "qui", "que", "sous", "par", "avec", "depuis", "lors", "pendant", "durant", "entre", "bajo", "por",
            "con", "desde", "durante", "organisée", "lancée", "organizada", "lanzada");

    private ProgrammeComplements() {}

    /** Extends in {@code reference} each known programme followed by such a complement over it, in {@code text[.., to)}. */
    static void extend(String text, int to, List<Mention> reference) {
        ReferenceExtensions.extend(reference, EntityType.PROGRAMME, to, r -> withComplement(text, to, r));
    }

    private static Optional<Mention> withComplement(String text, int to, Mention r) {
        Matcher m = COMPLEMENT.matcher(text).region(r.end(), Math.min(to, r.end() + 160));
        if (!m.lookingAt())
            return Optional.empty();
        int end = complementEnd(text, m.start("words"), m.end("words"));
        if (end <= m.start("words"))
            return Optional.empty();
        return Optional.of(new Mention(r.entity(), r.start(), end, r.confidence()));
    }

    /** The end of the complement's words in {@code text[from, to)}: before the first stop word, and never on "and". */
    static int complementEnd(String text, int from, int to) {
        Matcher word = Pattern.compile("[\\p{L}][\\p{L}'\u2019-]*").matcher(text).region(from, to);
        int end = from;
        int beforeAnd = from;
        boolean lastAnd = false;
        boolean first = true;
        while (word.find()) {
            String w = word.group();
            // The first word is the complement's own article in Portuguese: "… contra a Violência de Gênero".
            if (STOPS.contains(w) && !first)
                break;
            first = false;
            lastAnd = w.equals("and");
            if (!lastAnd)
                end = word.end();
            else
                beforeAnd = end;
        }
        return lastAnd ? beforeAnd : end;
    }
}
