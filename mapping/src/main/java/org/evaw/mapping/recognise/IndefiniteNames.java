package org.evaw.mapping.recognise;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body named after an indefinite article is one of a kind, not a named partner: "to support the
 * election of a Constituent Assembly", "police formed a specialised Anti-Trafficking Unit (ATU)",
 * "opened a Centre d'Accueil des Victimes (CAV)". Such bodies are set up by the work or stand for
 * any of their kind; the partner is the organisation that has them. A name used as a modifier of the
 * noun after it is still the organisation's ("an Amnesty International report", "a Ministry of
 * Health team"): it is kept when a noun-like lowercase word follows it. Portuguese's "a" before a
 * feminine head is its definite article ("a Secretaria de Políticas para as Mulheres (SPM)").
 */
final class IndefiniteNames {
    private static final String ROMANCE_ARTICLES = "(?:le|la|les|el|los|las|o|os|as|un|une|des|du|au|aux|del|al|do|da|dos|das|ao|aos|no|na)";
    /**
     * "a", "an", then at most two lowercase words ("a new", "a specialised national"), right before the name. None of
     * them a French, Spanish or Portuguese article: in "le PNUD a appuyé le Ministère de la Justice" or "apoyó a la
     * Fiscalía" the "a" is a verb or a preposition, and the name is the definite one the article gives.
     */
    private static final Pattern BEFORE = Pattern.compile("\\b(?:a|an|A|An)\\s{1,3}(?:(?!" + ROMANCE_ARTICLES + "\\s)[\\p{Ll}][\\p{L}-]{0,30}\\s{1,3}){0,2}$");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s{1,3}(\\p{Ll}[\\p{L}-]*)");
    /** Lowercase words after a name that go on with the sentence, not words the name modifies. */
    private static final Set<String> SENTENCE_WORDS = Set.of("in", "of", "for", "to", "and", "or", "that", "which", "who", "with",
            "at", "on", "by", "from", "was", "were", "is", "are", "has", "had", "have", "would", "will", "could", "should",
            "under", "through", "after", "before", "since", "during", "as", "where", "when", "while", "but", "within", "into");
    private static final int LOOK_BEHIND = 80;
    /** "a" right before the name: in Portuguese, the definite article of a feminine noun. */
    private static final Pattern A_RIGHT_BEFORE = Pattern.compile("\\b[aA]\\s{1,3}$");
    /**
     * Portuguese feminine heads of names: after them "a" is Portuguese's definite article ("a Secretaria
     * Nacional de Justiça, a Polícia Federal e …"), not English's indefinite one.
     */
    private static final Set<String> PORTUGUESE_FEMININE_HEADS = Set.of("Secretaria", "Polícia", "Procuradoria", "Defensoria",
            "Associação", "Fundação", "Rede", "Comissão", "Direção", "Organização", "Universidade", "Prefeitura", "Sociedade",
            "Federação", "Confederação", "Coordenação", "Delegacia", "Assembleia", "Câmara", "Unidade", "Agência", "Aliança",
            "Coligação", "Superintendência", "Ouvidoria", "Promotoria", "Vara", "Casa", "Ordem", "Escola", "Embaixada",
            "Autoridade", "Comunidade", "Plataforma", "Brigada", "Guarda", "Empresa", "Cooperativa", "Caixa");

    private IndefiniteNames() {}

    /** Whether the name in {@code text[start, end)} stands after an indefinite article and modifies no noun after it. */
    static boolean afterIndefiniteArticle(String text, int start, int end) {
        if (!BEFORE.matcher(text).region(Math.max(0, start - LOOK_BEHIND), start).find())
            return false;
        Matcher next = NEXT_WORD.matcher(text).region(end, Math.min(text.length(), end + 40));
        boolean sentenceGoesOn = !next.lookingAt() || SENTENCE_WORDS.contains(next.group(1));
        // "a Secretaria …, a Polícia Federal e …": Portuguese; "created a Comissão Especial to follow …": English's "a".
        boolean portuguese = A_RIGHT_BEFORE.matcher(text).region(Math.max(0, start - 5), start).find()
                && PORTUGUESE_FEMININE_HEADS.contains(firstWord(text, start, end)) && !(next.lookingAt() && SENTENCE_WORDS.contains(next.group(1)));
        return sentenceGoesOn && !portuguese;
    }

    /** The name's first word, up to a hyphen: "a Procuradoria-Geral da República" opens with "Procuradoria". */
    private static String firstWord(String text, int start, int end) {
        int i = start;
        while (i < end && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '-')
            i++;
        return text.substring(start, i);
    }
}
