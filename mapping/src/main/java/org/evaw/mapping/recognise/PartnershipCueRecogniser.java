package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds organisations whose names hold no head noun where the text says it works with them: "in
 * partnership with Promundo and Sonke Gender Justice", "in collaboration with Gender Links",
 * "implemented by Tostan", or says what kind of organisation they are: "its local partner
 * Prottyashi", "the NGO El Refugio de la Niñez", "the local organisations Nour, Roqey and Nahdet
 * Khayrallah". After such a cue, each item of the list that follows is read as far as
 * its capitalised words go. A name with a head noun is the head-noun pattern's to judge (a "Country
 * Office" is no partner), so an item holding one is left alone, as are people ("Dr. …", "Minister
 * …"), member states and words any text capitalises. {@link Recognisers} keeps a find only where no
 * other name is (a country, an agency, a known partner). Bounded reading per cue: linear time.
 */
public final class PartnershipCueRecogniser implements Recogniser {
    private static final Pattern CUE = Pattern.compile(
            "(?:\\b(?i:in\\s{1,3}(?:partnership|collaboration|cooperation)\\s{1,3}with|partnered\\s{1,3}with|"
                    + "with\\s{1,3}(?:the\\s{1,3})?(?:support|help|funding)\\s{1,3}(?:of|from)|implemented\\s{1,3}by|carried\\s{1,3}out\\s{1,3}by)"
                    // The kind of organisation right before its name: "its partner Prottyashi", "its local partner HELP Cox's
                    // Bazar", "the German NGO Agro Action", "the local organisations Nour, Roqey and …", "l'ONG Yazda".
                    + "|\\b(?:[Ii]ts|[Tt]heir)\\s{1,3}(?:(?:local|national|implementing|international)\\s{1,3})?partners?"
                    + "|\\b(?:[Tt]he|[Aa]n?)\\s{1,3}(?:(?:local|national|international|women['\u2019]s|[\\p{Lu}][\\p{L}]{2,20})\\s{1,3})?"
                    + "(?:NGOs?|non-governmental\\s{1,3}organi[sz]ations?|(?:civil\\s{1,3}society\\s{1,3})?organi[sz]ations)"
                    + "|\\b(?:l['\u2019]|la\\s{1,3}|a\\s{1,3})ONG)"
                    + "\\s{1,3}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{1,40}(?:[-'\u2019.][\\p{L}\\p{N}]{1,40}){0,4}");
    /** Small words inside a name, in English, French and Spanish. */
    private static final Set<String> INNER = Set.of("of", "for", "the", "in", "on", "against", "de", "la", "des", "du", "pour", "del", "y", "et");
    /** Words that make an item something other than an organisation without a head noun (also read by {@link ListPeers}). */
    static final Set<String> NOT_A_NAME = WordList.with("months", Set.of(
            "Mr", "Ms", "Mrs", "Dr", "Professor", "Prof", "President", "Minister", "Ambassador", "Special", "Senior", "Member", "States",
            "Headquarters", "Country", "Countries", "Regional", "National", "Local", "UN", "United", "Nations", "Governments",
            "Government", "Partners", "Partner", "Civil", "Society", "Communities", "Community", "Women", "Girls", "Men", "Youth",
            "Programme", "Program", "Initiative", "Fund", "Project", "Campaign", "Partnership", "Facility", "Team", "Teams",
            "Division", "Section", "Branch", "Cluster", "Sub-Cluster", "Area", "Sector", "Task", "Working"));
    /** Posts and their holders: "with the help of the Resident Coordinators" names people, not an organisation. */
    private static final Set<String> POST_TITLES = WordList.of("post-titles");
    private static final int MAX_ITEMS = 6;
    private static final int MAX_NAME_WORDS = 6;
    private static final List<String> LIST_JOINS = List.of(", and ", ", ", " and ", " & ");

    private final IriMinter iris;

    public PartnershipCueRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        // Every cue holds one of these words: a span with none of them has no cue.
        if (!Triggers.anyIgnoringCase(text, from, to, "partner", "collaboration", "cooperation", "support", "help", "funding",
                "implemented", "carried", "ngo", "ong", "organisation", "organization"))
            return found;
        Matcher cue = CUE.matcher(text).region(from, to);
        while (cue.find()) {
            int at = cue.end();
            for (int item = 0; item < MAX_ITEMS && at < to; item++) {
                if (text.startsWith("the ", at))
                    at += 4;
                // A name opens with a capital: "its partners in North Kivu" names none, nor "its partners K112 million".
                if (at >= to || !Character.isUpperCase(text.codePointAt(at)) || startsWithAnAmount(text, at, to))
                    break;
                int end = nameEnd(text, at, to);
                if (end <= at)
                    break;
                add(text, at, end, found);
                at = nextItem(text, end, to);
                if (at < 0)
                    break;
            }
        }
        return found;
    }

    /** Whether the word at {@code at} holds a digit after its capital: "K112 million", "US$ 5". */
    private static boolean startsWithAnAmount(String text, int at, int to) {
        for (int i = at + 1; i < to && !Character.isWhitespace(text.charAt(i)); i++)
            if (Character.isDigit(text.charAt(i)) || text.charAt(i) == '$')
                return true;
        return false;
    }

    private static int nameEnd(String text, int at, int to) {
        return NameRuns.end(text, at, to, WORD, INNER, MAX_NAME_WORDS + 2, false);
    }

    private static int nextItem(String text, int end, int to) {
        return NameRuns.nextItem(text, end, to, LIST_JOINS);
    }

    private void add(String text, int a, int b, List<Mention> found) {
        String[] words = text.substring(a, b).split(" ");
        if (words.length > MAX_NAME_WORDS)
            return;
        for (String w : words) {
            String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            if (NOT_A_NAME.contains(bare) || POST_TITLES.contains(bare) || OrganisationPatternRecogniser.isPartnerHead(bare))
                return;
        }
        String label = String.join(" ", words);
        // Regions of several countries: "with support from the team for Asia and the Pacific, …" lists no partner "Pacific".
        if (RegionNames.is(label) || java.util.Arrays.stream(words).allMatch(RegionNames::is))
            return;
        Entity e = Entity.foundByPattern(EntityType.PARTNER, label, iris);
        found.add(new Mention(e, a, b, OrganisationPatternRecogniser.CONFIDENCE));
    }
}
