package org.evaw.mapping.recognise;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.evaw.mapping.recognise.RomanceWords.elided;
import static org.evaw.mapping.recognise.RomanceWords.spaceOnly;
import static org.evaw.mapping.recognise.RomanceWords.word;

/**
 * Reads the rest of a French or Spanish name written in sentence case, as French typography and
 * many French- and Spanish-speaking institutions write their own names: only the head is
 * capitalised, the complement runs on in lowercase ("Comité national de lutte contre la traite des
 * personnes", "Cellule de répression des violences sexuelles", "Parquet de grande instance de
 * Mbuji-Mayi", "Fédération haïtienne des associations de personnes vivant avec le VIH"). The name
 * is the head, its lowercase adjectives, and complements led by Romance connectors whose words
 * are lowercase content words; it ends at punctuation, at a word that is no part of a name in
 * either language (a verb, a pronoun, an English function word), or after a capitalised place or
 * proper name that a connector leads to ("… de Mbuji-Mayi", "… d'Haïti"). It never starts without
 * a lowercase complement after a connector: a name in title case is {@link HeadFirstNameRecogniser}'s own reading.
 */
final class SentenceCaseNames {
    /** Prepositions that lead a complement, contracted with their article or not. */
    private static final Set<String> CONNECTORS = Set.of("de", "des", "du", "pour", "contre", "sur", "en", "à", "au", "aux",
            "del", "para", "por", "contra", "sobre", "entre", "da", "do", "das", "dos", "ao", "aos", "às", "na", "no", "nas", "nos");
    private static final Set<String> ARTICLES = Set.of("la", "le", "les", "el", "los", "las", "o", "os");
    private static final Set<String> JOINS = Set.of("et", "y");
    /** Indefinite articles, which lead a complement after a connector ("pour une vie sans violence") and else a new phrase. */
    private static final Set<String> INDEFINITE_ARTICLES = Set.of("un", "une", "uno", "una", "unos", "unas", "um", "uma");
    /**
     * Connectors that lead to where a body is: "à Jérémie". Not "en", which names often hold ("Programme régional pour la
     * migration en Afrique", "Observatoire communautaire sur les services VIH en Haïti").
     */
    private static final Set<String> LOCATIVE = Set.of("à");
    /**
     * Lowercase words that are no part of a name: verbs, pronouns and clause words of French and
     * Spanish, and English function words where a French name stands in English text.
     */
    private static final Set<String> NOT_IN_NAMES = Set.of(
            "a", "ont", "est", "sont", "été", "était", "avait", "qui", "que", "qu", "dont", "avec", "dans", "lors", "afin",
            "ainsi", "mais", "ou", "où", "car", "se", "ne", "sa", "son", "ses", "leur", "leurs", "cette", "ce", "ces", "il",
            "elle", "ils", "elles", "par", "puis", "depuis", "selon", "vers", "chez", "sans", "sous", "également", "aussi",
            "con", "fue", "es", "ha", "han", "su", "sus", "como", "durante", "desde", "hasta", "según", "también",
            "the", "and", "of", "in", "on", "for", "with", "to", "by", "at", "from", "was", "were", "is", "are", "has", "had",
            "have", "its", "their", "that", "which", "who", "as", "an", "this", "these", "been", "be", "will", "would",
            "also", "through", "under", "since", "between", "after", "before", "during", "into", "or", "but", "not");
    /**
     * Lowercase adjectives right after the head: "nationale", "spéciale", "juridique", "haïtienne", "permanent", and
     * "conjoint" of joint programmes ("Programme conjoint de lutte contre …") and "adjoint" of deputies' offices.
     */
    private static final Pattern ADJECTIVE = Pattern.compile(
            "\\p{Ll}{2,20}(?:al|ales?|aux|ains?|aines?|ointe?s?|aires?|iques?|ienne?s?|ennes?|elles?|i[eè]res?|eures?|ée?s?|ente?s?|ante?s?|ives?|if|ifs"
                    + "|ales|ores?|ares?|ista|istas|ivos?|ivas?|ados?|adas?|idos?|idas?|icos?|icas?)");
    private static final int MAX_WORDS = 24;
    /** A French infinitive of the first or second group: "veiller", "renforcer", "agir". */
    private static final Pattern INFINITIVE = Pattern.compile("\\p{Ll}{2,20}(?:er|ir)");

    private SentenceCaseNames() {}

    /**
     * The last word of a sentence-case name whose head is word {@code h}, or {@code h} if no lowercase
     * complement follows it. {@code words} are the word spans of the text, elided articles ("d'étude")
     * kept with their word.
     */
    static int end(String text, List<int[]> words, int h) {
        int k = h + 1;
        int last = h;
        // "Cellule spéciale chargée de …", "Clinique juridique Demeso": adjectives after the head.
        while (k < words.size() && k - h <= 2 && spaceOnly(text, words, k - 1, k) && ADJECTIVE.matcher(word(text, words, k)).matches()
                && !NOT_IN_NAMES.contains(word(text, words, k))) {
            last = k;
            k++;
        }
        boolean complement = false;
        boolean afterConnector = false;
        while (k < words.size() && k - h < MAX_WORDS && spaceOnly(text, words, k - 1, k)) {
            String w = word(text, words, k);
            // "la Sûreté nationale chargées d'enquêter sur …": a participle and an infinitive say what the body does; the name
            // ends before the participle.
            if (last == k - 1 && last > h && PARTICIPLE.matcher(word(text, words, last)).matches() && infinitiveAfterDe(text, words, k)) {
                last--;
                break;
            }
            if (elided(w)) {
                String rest = w.substring(2);
                if (Character.isUpperCase(rest.codePointAt(0))) {
                    // "… d'Haïti", "… d'Uvira": a place ends the name.
                    return afterConnector || w.startsWith("d") ? properNameEnd(text, words, k) : last;
                }
                if (NOT_IN_NAMES.contains(rest))
                    break;
                complement |= w.startsWith("d") || afterConnector;
                afterConnector = false;
                last = k;
                k++;
                continue;
            }
            if (CONNECTORS.contains(w) || ARTICLES.contains(w) || INDEFINITE_ARTICLES.contains(w)) {
                // "… au sein du Comité de pilotage sur la migration les notions nécessaires …": an article right after a word
                // of the name, with no connector or join before it, opens the sentence's object; the name has ended.
                if (!CONNECTORS.contains(w) && last == k - 1 && !afterConnector)
                    break;
                // "… la Police nationale à veiller": "à" before an infinitive is the sentence's verb, not a complement;
                // "… les Forces de sécurité maliennes pour renforcer …": "pour" before one, the purpose of the sentence's act.
                if ((w.equals("à") || w.equals("pour")) && k + 1 < words.size() && INFINITIVE.matcher(word(text, words, k + 1)).matches())
                    break;
                afterConnector = true;
                k++;
                continue;
            }
            if (JOINS.contains(w)) {
                // "… de recherche et de sensibilisation": the complement goes on; "… et de l'ONUDC", "… et le Ministère": another name.
                // Before any complement, "et" joins a second noun: "la Gendarmerie royale et des assistants sociaux".
                // A participle and its agent after "et" say what was done with the body: "… contre la traite des personnes et
                // financé par …" (but "violences sexuelles et basées sur le genre" is one complement).
                if (!complement || !continuesLowercase(text, words, k + 1) || k + 2 < words.size()
                        && PARTICIPLE.matcher(word(text, words, k + 1)).matches() && word(text, words, k + 2).equals("par"))
                    break;
                afterConnector = false;
                k++;
                continue;
            }
            int c = w.codePointAt(0);
            if (Character.isUpperCase(c)) {
                if (Acronyms.is(w) && !afterConnector && complement) {
                    // "… sur les services VIH en Haïti": an acronym inside the complement.
                    last = k;
                    k++;
                    continue;
                }
                if (!afterConnector || !complement)
                    break;
                // "… de la protection civile à Jérémie": a place after "à" says where the body is, not which.
                if (LOCATIVE.contains(word(text, words, k - 1)))
                    break;
                // "… de grande instance de Mbuji-Mayi", "… de la région de Gao": a proper name the connector leads to ends it,
                // with all its words ("… de Côte d'Ivoire", "… de Fada N'Gourma", "… du Burkina Faso").
                return properNameEnd(text, words, k);
            }
            if (!Character.isLowerCase(c) || NOT_IN_NAMES.contains(w)) {
                // "… con enfoque territorial", "… con perspectiva de género": a manner, not a partner ("con el apoyo de …").
                boolean manner = w.equals("con") && k + 1 < words.size() && spaceOnly(text, words, k, k + 1)
                        && Character.isLowerCase(word(text, words, k + 1).codePointAt(0))
                        && !ARTICLES.contains(word(text, words, k + 1)) && !NOT_IN_NAMES.contains(word(text, words, k + 1));
                if (manner || RomanceWords.livingWith(word(text, words, k - 1), w)) {
                    afterConnector = true;
                    k++;
                    continue;
                }
                break;
            }
            complement |= afterConnector;
            if (!complement && !ADJECTIVE.matcher(w).matches())
                break;
            afterConnector = false;
            last = k;
            k++;
        }
        return complement ? last : h;
    }

    /**
     * The last word of the proper name that begins at word {@code k}: the capitalised words right after it, and a
     * capitalised word after an elided "d'" ("Côte d'Ivoire"), up to four words; not an acronym, which names another body.
     */
    private static int properNameEnd(String text, List<int[]> words, int k) {
        int j = k;
        while (j + 1 < words.size() && j + 1 - k < 4 && spaceOnly(text, words, j, j + 1)) {
            String next = word(text, words, j + 1);
            boolean capitalised = Character.isUpperCase(next.codePointAt(0)) && !Acronyms.is(next);
            boolean elidedName = elided(next) && next.length() > 2 && Character.isUpperCase(next.codePointAt(2));
            if (!capitalised && !elidedName)
                break;
            j++;
        }
        // "… du ministère de la Sécurité publique": French writes a capitalised noun's adjective after it in lowercase.
        if (j + 1 < words.size() && spaceOnly(text, words, j, j + 1) && !Acronyms.is(word(text, words, j))
                && TRAILING_ADJECTIVE.matcher(word(text, words, j + 1)).matches())
            j++;
        return j;
    }

    /** A lowercase adjective after a capitalised noun: "publique", "sociale", "nationales", "humains", "européenne". */
    private static final Pattern TRAILING_ADJECTIVE = Pattern.compile(
            "\\p{Ll}{2,20}(?:ales?|aux|[eè]res?|iques?|elles?|aires?|ieures?|i[eè]res?|ines?|iles?|ains?|ennes?)");

    /** A French past participle: "chargée", "habilités". */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}{2,20}(?:é|ée|és|ées)");

    /** Whether word {@code k} is "d'" and an infinitive, or "de" before one: "d'enquêter", "de veiller". */
    private static boolean infinitiveAfterDe(String text, List<int[]> words, int k) {
        String w = word(text, words, k);
        if (elided(w))
            return w.startsWith("d") && INFINITIVE.matcher(w.substring(2)).matches();
        return w.equals("de") && k + 1 < words.size() && spaceOnly(text, words, k, k + 1)
                && INFINITIVE.matcher(word(text, words, k + 1)).matches();
    }

    /** Whether the words from {@code k} go on in lowercase, past connectors and articles. */
    private static boolean continuesLowercase(String text, List<int[]> words, int k) {
        for (int j = k; j < words.size() && j < k + 3; j++) {
            if (!spaceOnly(text, words, j - 1, j))
                return false;
            String w = word(text, words, j);
            if (elided(w))
                return Character.isLowerCase(w.codePointAt(2));
            if (CONNECTORS.contains(w) || ARTICLES.contains(w))
                continue;
            return Character.isLowerCase(w.codePointAt(0)) && !NOT_IN_NAMES.contains(w);
        }
        return false;
    }
}
