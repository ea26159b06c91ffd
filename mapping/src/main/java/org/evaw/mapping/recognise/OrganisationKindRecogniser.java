package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds organisations that the text names beside the word for their kind, where no head noun
 * marks the name: in apposition after it ("with a local NGO, Rural Hope Alliance (RHA), it …"),
 * in apposition before it ("Mujeres Unidas por la Paz (MUP), a women's organisation that …"), and
 * in a list the text says is one of such organisations ("women's groups and networks, among them
 * the Peace Circle, Voices for Justice and the Coastal Women Network"). The kind word is what makes
 * these names: "a Syrian group, the Women's Initiative …" is an organisation whatever its words.
 * Or with the kind written in lowercase right before the name, no comma between ("the Indonesian
 * organization Inspire", "the national organisation NADA Elazhar"): a capitalised word after a
 * lowercase kind noun is the name of one of that kind; so is one after "cooperating partner" or
 * after the French elided article and kind ("avec l'ONG La Lumière"). A list after a place noun ("organisations
 * in each country, among them Chad and Niger") is no list of organisations. Kept only where no other name is (countries, known names, head nouns), so
 * it fills gaps. Bounded reading per cue: linear time.
 */
public final class OrganisationKindRecogniser implements Recogniser {
    /** The kind of an organisation, singular: "NGO", "non-governmental organisation", "women's group". */
    private static final String KIND = "(?:NGO|CSO|(?:(?i:non-governmental|non-profit|civil[- ]society|community[- ]based|grassroots"
            + "|women['\u2019]s|youth|human\\s{1,3}rights|feminist|faith-based)\\s{1,3})?"
            + "(?:organi[sz]ation|association|group|network|coalition|collective|charity|foundation|cooperative|movement))";
    /** The same kinds in the plural, which open a list. */
    private static final String KINDS = "(?:NGOs|CSOs|organi[sz]ations|associations|groups|networks|coalitions|collectives"
            + "|charities|foundations|cooperatives|movements)";
    /** "a local NGO, NAME": an article, up to three words, the kind, a comma. */
    private static final Pattern AFTER_KIND = Pattern.compile(
            "\\b(?:a|an)\\s{1,3}(?:[\\p{L}'\u2019-]{1,30}\\s{1,3}){0,3}?" + KIND + ",\\s{1,3}(?:the\\s{1,3})?");
    /** "NAME (ACR), a Somali non-governmental organisation": the bracket, a comma, an article, the kind. */
    private static final Pattern BEFORE_KIND = Pattern.compile(
            "\\s{0,2}\\(\\s{0,2}[\\p{Lu}][\\p{L}&-]{1,11}\\s{0,2}\\),\\s{1,3}(?:a|an)\\s{1,3}(?:[\\p{L}'\u2019-]{1,30}\\s{1,3}){0,3}?"
                    + KIND + "\\b");
    /**
     * "the Indonesian organization NAME": a definite determiner, up to three words, the kind in lowercase, the name
     * right after it. "NGO" is left out: "the NGO Coalition for …" writes it as the name's first word.
     */
    private static final Pattern KIND_BEFORE_NAME = Pattern.compile(
            "\\b(?:the|its|their)\\s{1,3}(?:[\\p{L}'\u2019-]{1,30}\\s{1,3}){0,3}?"
                    + "(?:organi[sz]ation|association|group|network|coalition|collective|charity|foundation|cooperative|movement"
                    // "its cooperating partner Mercy Hands", "the implementing partner …".
                    + "|(?:cooperating|implementing)\\s{1,3}partner)"
                    // French writes the kind after an elided article: "avec l'ONG La Lumière", "de l'association Diam Naati".
                    + "\\s{1,3}(?=\\p{Lu})|\\b[Ll]['\u2019](?:ONG|association|organisation)\\s{1,3}(?=\\p{Lu})");
    /** ", a London-based NGO": the kind in apposition right after a name (and its acronym in brackets, if any). */
    private static final Pattern KIND_AFTER_NAME = Pattern.compile(
            "\\s{0,2}(?:\\(\\s{0,2}[\\p{Lu}][\\p{L}&-]{1,11}\\s{0,2}\\))?,\\s{1,3}(?:a|an)\\s{1,3}(?:[\\p{L}'\u2019-]{1,30}\\s{1,3}){0,3}?"
                    + KIND + "\\b");
    /** "… organisations and networks working for X, among them": the opener of a list after a plural kind. */
    private static final Pattern LIST_CUE = Pattern.compile(
            "\\b" + KINDS + "\\b(?<between>[^.;:()\\n]{0,80}?),?\\s{1,3}(?:among\\s{1,3}them|including|such\\s{1,3}as|notably|namely)\\s{1,3}");
    /** A place noun between the kind and the list: the list is then one of places. */
    private static final Pattern PLACE_NOUN = Pattern.compile(
            "\\b(?:country|countries|region|regions|province|provinces|district|districts|city|cities|state|states|area|areas"
                    + "|camps?|villages?|communities)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{1,40}(?:[-'\u2019.&][\\p{L}\\p{N}]{0,40}){0,4}");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{N}]{1,40}(?:[-'\u2019&][\\p{L}\\p{N}]{0,40}){0,4}");
    /** Small words inside a name, in English, French and Spanish. */
    private static final Set<String> INNER = Set.of("of", "for", "the", "in", "on", "against", "de", "la", "des", "du", "pour",
            "del", "y", "et", "el", "los", "las", "le", "les", "to", "por", "para", "contre", "contra");
    private static final Set<String> MONTHS = WordList.of("months");
    private static final int MAX_NAME_WORDS = 8;
    /** Capitalised words that open a clause after a kind noun, not a name: "… the network In 2020 …". */
    private static final Set<String> SENTENCE_OPENERS = Set.of("In", "On", "At", "By", "For", "From", "With", "During", "Since",
            "After", "Before", "Its", "Their", "This", "These", "It", "They", "He", "She", "A", "An");
    private static final List<String> LIST_JOINS = List.of(", and ", ", ", " and ");
    private static final int MAX_ITEMS = 8;

    private final IriMinter iris;

    public OrganisationKindRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        // Every cue holds one of these words: a span with none of them has none.
        // "ONG" only in capitals: "ong" is inside "among", "long", "strong".
        if (!Triggers.anyIgnoringCase(text, from, to, "ngo", "cso", "organi", "association", "group", "network", "coalition",
                "collective", "charit", "foundation", "cooperative", "movement", "partner") && !Triggers.any(text, from, to, "ONG"))
            return found;
        Matcher after = AFTER_KIND.matcher(text).region(from, to);
        while (after.find()) {
            int end = nameEnd(text, after.end(), to);
            // A name of one word after the kind is as likely a place or a person's: two words, or its acronym after it.
            if (end > after.end() && (words(text, after.end(), end) >= 2 || text.startsWith(" (", end)))
                add(text, after.end(), end, found);
        }
        Matcher before = BEFORE_KIND.matcher(text).region(from, to);
        while (before.find()) {
            int start = nameStart(text, before.start(), from);
            if (start < before.start())
                add(text, start, before.start(), found);
        }
        Matcher kindFirst = KIND_BEFORE_NAME.matcher(text).region(from, to);
        while (kindFirst.find()) {
            int end = nameEnd(text, kindFirst.end(), to);
            if (end > kindFirst.end() && !SENTENCE_OPENERS.contains(text.substring(kindFirst.end(), end).split("\\s+")[0]))
                add(text, kindFirst.end(), end, found);
        }
        Matcher list = LIST_CUE.matcher(text).region(from, to);
        while (list.find()) {
            if (PLACE_NOUN.matcher(list.group("between")).find())
                continue;
            int at = list.end();
            for (int item = 0; item < MAX_ITEMS && at < to; item++) {
                if (text.startsWith("the ", at))
                    at += 4;
                int end = nameEnd(text, at, to);
                if (end <= at)
                    break;
                if (words(text, at, end) >= 2)
                    add(text, at, end, found);
                at = nextItem(text, end, to);
                if (at < 0)
                    break;
            }
        }
        return found;
    }

    /**
     * Whether the text says, in apposition right after a name ending at {@code end}, that it is an
     * organisation: "the Open Roads Project, a Nairobi-based NGO, …" names an NGO whatever its head noun says.
     */
    static boolean kindFollows(String text, int end, int to) {
        if (end >= to)
            return false;
        Matcher m = KIND_AFTER_NAME.matcher(text).region(end, Math.min(to, end + 120));
        // ", a working group of …": a group that coordinates others is a mechanism, as its head said.
        return m.lookingAt() && !COORDINATING.matcher(m.group()).find();
    }

    private static final Pattern COORDINATING = Pattern.compile(
            "(?i)\\b(?:working|task|steering|coordination|coordinating|thematic|reference|advisory|consultative|expert)\\s");

    /** The start of the capitalised words that end at {@code end}, small words only between them; {@code end} if none. */
    private static int nameStart(String text, int end, int from) {
        int start = end;
        int words = 0;
        int pos = end;
        while (words < MAX_NAME_WORDS + 2 && pos > from) {
            int wordEnd = pos;
            int wordStart = wordEnd;
            while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1)))
                wordStart--;
            if (wordStart == wordEnd)
                break;
            String word = text.substring(wordStart, wordEnd);
            if (!NAME_WORD.matcher(word).matches())
                break;
            boolean capital = Character.isUpperCase(word.codePointAt(0));
            if (!capital && !INNER.contains(word))
                break;
            if (capital)
                start = wordStart;
            words++;
            if (wordStart - 1 < from || text.charAt(wordStart - 1) != ' ')
                break;
            pos = wordStart - 1;
        }
        return start;
    }

    private static int nameEnd(String text, int at, int to) {
        return NameRuns.end(text, at, to, NAME_WORD, INNER, MAX_NAME_WORDS + 2, true);
    }

    private static int nextItem(String text, int end, int to) {
        return NameRuns.nextItem(text, end, to, LIST_JOINS);
    }

    private static int words(String text, int a, int b) {
        return text.substring(a, b).split("\\s+").length;
    }

    private void add(String text, int a, int b, List<Mention> found) {
        if (text.startsWith("The ", a))
            a += 4;
        if (b <= a)
            return;
        String[] words = text.substring(a, b).split("\\s+");
        if (words.length > MAX_NAME_WORDS || MONTHS.contains(words[0]))
            return;
        String label = String.join(" ", words);
        Entity e = Entity.foundByPattern(EntityType.PARTNER, label, iris);
        found.add(new Mention(e, a, b, OrganisationPatternRecogniser.CONFIDENCE));
    }
}
