package org.evaw.mapping.recognise;

import static org.evaw.mapping.recognise.WordSpans.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds programmes that text names by capitalised words before a head noun it writes in
 * lowercase: "the Sawa project", "its Women, Peace and Security programme", "the Gender
 * Initiative campaign", "the Crime Scene Management course". The name is the capitalised words;
 * the mention runs to the head noun, so that its quote gives the name as the text wrote it. A determiner or a possessive must come
 * before the name ("the", "its", "UNDP's"), and the name must say more than a place, a region, a
 * nationality or a word any programme could have ("the Africa programme", "the Dutch project",
 * "the National programme" are no names). Acronyms that open the name are the agency's, not the
 * name's ("the UNDP Sawa project" is the Sawa project), and so is an owner that ends with a possessive
 * ("Oxfam Novib's WEMAN programme" is the WEMAN programme); a name of acronyms alone is none, unless it
 * is one acronym of four characters or more straight after the owner ("the PROMIS project"), which
 * {@link Recognisers} keeps only where the reference data finds no organisation. Found by
 * pattern: confidence below reference matches, and {@link Recognisers} drops a find that overlaps
 * any other name. A head noun followed by "called" or "entitled" and capitalised words names
 * them ("a project called Strengthening Criminal Justice Responses"), and so do capitalised words
 * straight after a head noun that a determiner opens ("the project Strengthening State-Civic
 * Capacities and Dialogue on Internal Trafficking in Tajikistan", "su proyecto Retorno y
 * Reintegración"), unless they name a body or a post of the project ("the project Steering
 * Committee", "the programme Coordinator"). Each head noun is read over a bounded window around
 * it: linear in the text.
 */
public final class LowercaseHeadProgrammeRecogniser implements Recogniser {
    /** English heads: their names come before them ("the gender equality programme"). */
    private static final Set<String> ENGLISH_HEADS = Set.of("programme", "program", "project", "initiative", "campaign", "course");
    /** Romance heads: read only with the name after them, as the English heads' names come before. */
    private static final Set<String> ROMANCE_HEADS = Set.of("proyecto", "programa", "projet", "projeto", "campa\u00F1a", "campagne", "campanha",
            "iniciativa");
    private static final Pattern HEAD = Pattern.compile("\\b(?:" + String.join("|", ENGLISH_HEADS) + "|" + String.join("|", ROMANCE_HEADS) + ")\\b");
    /** A determiner just before a head noun, then the name straight after it: "the project Strengthening …", "su proyecto …". */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "(?:\\b(?:the|its|their|The|Its|Their|su|sus|el|del|al|le|du|son|leur|o|do|seu|sua|da|a"
                    // Romance articles and contractions, capitalised where a sentence opens: "La iniciativa ParticiPaz", "no projeto".
                    + "|la|las|les|sa|ses|no|na|pelo|pela|El|La|Le|O|A)\\s{1,3})$");
    private static final Pattern NAME_AFTER = Pattern.compile("\\s{1,3}(?=\\p{Lu})");
    /** Small words inside a Romance name: "Retorno y Reintegración", "Justice et Sécurité". */
    private static final Set<String> ROMANCE_INNER = Set.of("y", "e", "et", "de", "del", "la", "las", "los", "des", "du", "da", "do",
            "dos", "das", "para", "pour", "contra", "contre", "en", "em", "no", "na", "au", "aux", "el", "le", "les");
    /** Last words that make the words after a head a body or a post of the project, not its name. */
    private static final Set<String> BODY_OR_POST = WordList.with("post-titles", WordList.with("person-titles", Set.of(
            "Document", "Documents", "Proposal", "Team", "Teams", "Staff", "Site", "Sites", "Area", "Areas", "Period", "Phase",
            "Cycle", "Steering", "Management")));
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]{1,40}(?:[-'\u2019.][\\p{L}\\p{N}]{1,40}){0,5}['\u2019]?|,|&");
    private static final int LOOK_BEHIND = 160;
    /** An acronym in brackets right before a head noun: " (SCOUT) ", " (E4J) ", " (YoWEP) ". */
    private static final Pattern ACRONYM_BEFORE = Pattern.compile("\\(\\s?\\p{Lu}[\\p{L}\\p{N}&-]{1,14}\\s?\\)\\s{1,3}$");
    private static final int LOOK_AHEAD = 200;
    private static final Pattern CALLED = Pattern.compile(",?\\s{1,3}(?:called|entitled|titled|named|dubbed|known\\sas)\\s{1,3}(?=\\p{Lu})");
    private static final int MAX_WORDS = 10;
    /** Small words inside a name, between capitalised words. */
    private static final Set<String> INNER = Set.of("and", "of", "for", "on", "against", "the", "in", "to", "&");
    /**
     * Words before the name that show it is one: a definite determiner or an owner. "a One-UN
     * project" is some project, not a named one.
     */
    private static final Set<String> DETERMINERS = Set.of(
            "the", "its", "their", "our", "his", "her", "this", "that", "The", "Its", "Their", "Our", "This", "That");
    /**
     * Words that alone, or together with each other, name no programme: what every programme could
     * be called, regions and directions.
     */
    private static final Set<String> GENERIC = WordList.with("months", Set.of(
            "Joint", "One", "One-UN", "Global", "Regional", "National", "Country", "Pilot", "New", "Flagship", "Multi-Country", "Sub-Regional",
            "Subregional", "Interregional", "Inter-Agency", "Interagency", "Trust", "Voluntary", "Special", "Main", "First",
            "Second", "Third", "Phase", "II", "III", "UN", "United", "Nations", "System", "Overall", "Same", "Current",
            "Africa", "African", "Asia", "Asian", "Pacific", "Asia-Pacific", "Sahel", "Caribbean", "Latin", "America",
            "Americas", "Arab", "States", "Europe", "European", "Middle", "East", "West", "North", "South", "Central",
            "Eastern", "Western", "Southern", "Northern", "Horn", "Great", "Lakes", "Balkans", "Gulf", "Andean", "Mekong"));
    /** Words that alone name a theme, not a programme: "the Gender programme". */
    private static final Set<String> THEMES = Set.of(
            "Gender", "Women", "Health", "Protection", "Education", "Justice", "Security", "Development", "Peace", "Governance",
            "Rights", "Humanitarian", "Emergency", "Nutrition", "Livelihoods", "Resilience", "Prevention", "Response",
            "Youth", "Migration", "Police", "Policing", "Legal", "Social", "Economic", "Research", "Training", "Outreach",
            "Advocacy", "Awareness", "Communication", "Communications", "Media", "School", "Schools", "Urban", "Rural",
            "Empowerment", "Equality", "Girls", "Children", "Child", "Human", "Women's", "Women\u2019s", "Girls'", "Girls\u2019",
            "Children's", "Children\u2019s", "Men", "Boys", "Family", "Community", "Safety", "Support");
    /** Possessives of people in general, which are words of a name, not its owner: "the Women's Empowerment programme". */
    static final Set<String> COMMON_POSSESSIVES = Set.of(
            "Women's", "Women\u2019s", "Girls'", "Girls\u2019", "Children's", "Children\u2019s", "Men's", "Men\u2019s",
            "People's", "People\u2019s", "Persons'", "Workers'", "Survivors'", "Victims'");
    /** Endings of nationality adjectives: "the Dutch project", "the Mexican programme". */
    private static final Pattern NATIONALITY = Pattern.compile(".*(?:ian|ean|can|ish|ese|ch|ic)");

    private final IriMinter iris;

    public LowercaseHeadProgrammeRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher head = HEAD.matcher(text).region(from, to);
        while (head.find()) {
            // "the Strengthening Counter-Trafficking Efforts (SCOUT) project": the name's acronym in brackets before the head
            // is no word of the name; the name ends before it.
            Matcher acronym = ACRONYM_BEFORE.matcher(text).region(Math.max(from, head.start() - 24), head.start());
            int nameEnd = acronym.find() ? acronym.start() : head.start();
            List<int[]> tokens = new ArrayList<>();
            Matcher t = TOKEN.matcher(text).region(Math.max(from, nameEnd - LOOK_BEHIND), nameEnd);
            while (t.find())
                tokens.add(new int[] {t.start(), t.end()});
            boolean romance = ROMANCE_HEADS.contains(head.group());
            Mention m = romance ? null : nameBefore(text, tokens, nameEnd, head.end());
            if (m == null)
                m = nameCalled(text, head.end(), to);
            if (m == null)
                m = nameAfter(text, from, head.start(), head.end(), to, romance);
            if (m != null)
                found.add(m);
        }
        return found;
    }

    /**
     * The name the tokens end with, just before {@code headStart} (the head noun, or the name's acronym in brackets before
     * it), or null. The mention runs to the head noun's end, {@code headEnd}, acronym and all: the acronym is this name's.
     */
    private Mention nameBefore(String text, List<int[]> tokens, int headStart, int headEnd) {
        int n = tokens.size();
        int expectedEnd = headStart;
        boolean nextIsComma = false;
        int first = n;
        for (int i = n - 1; i >= 0 && n - i <= MAX_WORDS; i--) {
            int[] tok = tokens.get(i);
            String gap = text.substring(tok[1], expectedEnd);
            if (nextIsComma ? !gap.isEmpty() : !isSpace(gap))
                break;
            String w = word(text, tok);
            if (isCapitalised(w))
                first = i;
            else if (i == n - 1 || !INNER.contains(w) && !w.equals(","))
                break;
            nextIsComma = w.equals(",");
            expectedEnd = tok[0];
        }
        if (first >= n)
            return null;
        // What opens the run may be its owner: a capitalised determiner, a possessive, an agency's acronym.
        boolean owned = first > 0 && (DETERMINERS.contains(word(text, tokens.get(first - 1))) || isPossessive(word(text, tokens.get(first - 1))));
        // An owner of several words ends with its possessive: "Oxfam Novib's WEMAN programme".
        for (int i = n - 2; i >= first; i--) {
            String w = word(text, tokens.get(i));
            if (isPossessive(w) && !COMMON_POSSESSIVES.contains(w)) {
                first = i + 1;
                owned = true;
                break;
            }
        }
        int afterOwner = first;
        while (first < n) {
            String w = word(text, tokens.get(first));
            if (isCapitalisedDeterminer(w) || isPossessive(w) && !COMMON_POSSESSIVES.contains(w))
                owned = true;
            else if (!Acronyms.is(w))
                break;
            first++;
        }
        // One acronym alone is the name when nothing else is ("the PROMIS project", "its MEDEVAC programme"):
        // an agency's or partner's acronym there is a name the reference data finds, and Recognisers keeps
        // this find only where no other name is.
        if (owned && first >= n && afterOwner == n - 1 && isNameAcronym(word(text, tokens.get(n - 1))))
            first = n - 1;
        else if (!owned || first >= n || !isCapitalised(word(text, tokens.get(first))))
            return null;
        List<String> words = new ArrayList<>();
        for (int i = first; i < n; i++)
            words.add(word(text, tokens.get(i)));
        if (!names(words) && !(words.size() == 1 && isNameAcronym(words.get(0))))
            return null;
        int start = tokens.get(first)[0];
        String label = text.substring(start, tokens.get(n - 1)[1]).replaceAll("\\s+", " ");
        Entity e = Entity.foundByPattern(EntityType.PROGRAMME, label, iris);
        return new Mention(e, start, headEnd, OrganisationPatternRecogniser.CONFIDENCE);
    }

    /**
     * The capitalised words that follow "called", "entitled" or "known as" after the head noun,
     * without quotes: "a project called Strengthening Criminal Justice Responses", "the project, known
     * as Women Lead Peace,". Quoted names are
     * {@link QuotedProgrammeRecogniser}'s.
     */
    private Mention nameCalled(String text, int headEnd, int to) {
        Matcher called = CALLED.matcher(text).region(headEnd, to);
        if (!called.lookingAt())
            return null;
        int[] span = capitalisedRun(text, called.end(), to, INNER);
        if (span == null)
            return null;
        String label = text.substring(span[0], span[1]).replaceAll("\\s+", " ");
        if (!names(List.of(label.split(" "))))
            return null;
        Entity e = Entity.foundByPattern(EntityType.PROGRAMME, label, iris);
        return new Mention(e, span[0], span[1], OrganisationPatternRecogniser.CONFIDENCE);
    }

    /**
     * The capitalised words straight after a head noun that a determiner opens: "the project
     * Strengthening State-Civic Capacities …", "su proyecto Retorno y Reintegración". A single word
     * must end its clause ("the project Sawa,"): a capitalised word before lowercase ones ("the
     * project Strengthening health systems …") opens a title written in sentence case, whose end
     * cannot be told.
     */
    private Mention nameAfter(String text, int from, int headStart, int headEnd, int to, boolean romance) {
        if (!DETERMINER_BEFORE.matcher(text).region(Math.max(from, headStart - 8), headStart).find())
            return null;
        Matcher gap = NAME_AFTER.matcher(text).region(headEnd, to);
        if (!gap.lookingAt())
            return null;
        int[] span = capitalisedRun(text, gap.end(), to, romance ? ROMANCE_INNER : INNER);
        if (span == null)
            return null;
        List<String> words = List.of(text.substring(span[0], span[1]).split("\\s+"));
        String lastWord = words.get(words.size() - 1);
        // "el proyecto PARTICIPAZ", "le projet SHARE": after a Romance head, one acronym of four letters or more is the
        // project's own name (an agency's acronym there is found as the agency, and the overlap drops this find).
        boolean romanceAcronym = romance && words.size() == 1 && Acronyms.is(lastWord) && lastWord.length() >= 4;
        if (BODY_OR_POST.contains(lastWord) || OrganisationPatternRecogniser.isPartnerHead(lastWord)
                || words.stream().allMatch(Acronyms::is) && !romanceAcronym)
            return null;
        if (words.size() == 1 && !romanceAcronym && (span[1] >= to || Character.isLetterOrDigit(nextNonSpace(text, span[1], to))))
            return null;
        if (!romanceAcronym && !names(words))
            return null;
        String label = String.join(" ", words);
        Entity e = Entity.foundByPattern(EntityType.PROGRAMME, label, iris);
        return new Mention(e, span[0], span[1], OrganisationPatternRecogniser.CONFIDENCE);
    }

    private static char nextNonSpace(String text, int at, int to) {
        while (at < to && Character.isWhitespace(text.charAt(at)))
            at++;
        return at < to ? text.charAt(at) : ' ';
    }

    /**
     * The run of capitalised words from {@code start}, joined by the small words {@code inner}, up to
     * its last capitalised word, as {start, end}; null when no capitalised word opens it.
     */
    private static int[] capitalisedRun(String text, int start, int to, Set<String> inner) {
        Matcher t = TOKEN.matcher(text).region(start, Math.min(to, start + LOOK_AHEAD));
        int expectedStart = start;
        int last = -1;
        int first = -1;
        int words = 0;
        while (t.find() && words < MAX_WORDS) {
            String w = t.group();
            if (t.start() != expectedStart && !isSpace(text.substring(expectedStart, t.start())))
                break;
            if (isCapitalised(w) && !isCapitalisedDeterminer(w) || first >= 0 && isCapitalised(w)) {
                if (first < 0)
                    first = t.start();
                last = t.end();
            } else if (first < 0 || !inner.contains(w)) {
                break;
            }
            expectedStart = t.end();
            words++;
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /** One to three spaces or tabs: the words are of one run. */
    private static boolean isSpace(String gap) {
        if (gap.isEmpty() || gap.length() > 3)
            return false;
        for (int i = 0; i < gap.length(); i++)
            if (gap.charAt(i) != ' ' && gap.charAt(i) != '\t' && gap.charAt(i) != '\u00A0')
                return false;
        return true;
    }

    /** Whether the words of a name say more than a place, a nationality or a theme. */
    static boolean names(List<String> words) {
        List<String> capitalised = words.stream().filter(LowercaseHeadProgrammeRecogniser::isCapitalised).toList();
        if (capitalised.isEmpty())
            return false;
        if (capitalised.stream().allMatch(w -> GENERIC.contains(w) || THEMES.contains(w)))
            return false;
        if (capitalised.size() == 1) {
            String w = capitalised.get(0);
            return !THEMES.contains(w) && !NATIONALITY.matcher(w).matches() && !Acronyms.is(w);
        }
        return true;
    }

    private static final Set<String> KIND_HEADS = Set.of("Programme", "Program", "Programmes", "Project", "Projects", "Fund",
            "Funds", "Initiative", "Initiatives", "Campaign", "Facility", "Partnership", "Network", "Group", "Team", "Force",
            "Committee", "Unit", "Office", "Centre", "Center");

    /**
     * Whether a name is a kind's words alone, no one's name: "Trust Fund", "Joint Programme", "the Task Force", a generic
     * name of the word list; every word but the head is a generic modifier.
     */
    static boolean onlyGenericWords(String label) {
        String name = label.startsWith("The ") || label.startsWith("the ") ? label.substring(4) : label;
        if (GenericNames.is(name))
            return true;
        String[] words = name.split("\\s+");
        if (words.length < 2 || !KIND_HEADS.contains(words[words.length - 1]))
            return false;
        for (int i = 0; i < words.length - 1; i++)
            if (!GENERIC.contains(words[i]))
                return false;
        return true;
    }

    /**
     * Whether {@code words} name a programme even when they are themes: two capitalised words or more, not all of
     * them generic ("the Gender Empowerment Programme", where "the Joint Programme" is no name).
     */
    static boolean namesWithThemes(List<String> words) {
        List<String> capitalised = words.stream().filter(LowercaseHeadProgrammeRecogniser::isCapitalised).toList();
        return capitalised.size() >= 2 && !capitalised.stream().allMatch(GENERIC::contains);
    }

    private static boolean isCapitalisedDeterminer(String w) {
        return DETERMINERS.contains(w) && Character.isUpperCase(w.charAt(0));
    }

    /** Capitalised, and not an adjective such as "Spanish-language" or "EU-funded" whose last part is lowercase. */
    private static boolean isCapitalised(String w) {
        int hyphen = w.lastIndexOf('-');
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))
                && (hyphen < 0 || hyphen + 1 >= w.length() || !Character.isLowerCase(w.charAt(hyphen + 1)));
    }

    private static boolean isPossessive(String w) {
        return w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("s'") || w.endsWith("s\u2019");
    }

    /**
     * An acronym that may be a programme's whole name: four characters or more, all capitals or digits,
     * and not a word every programme could carry ("UN", "EU" are two letters; "ONE" is none).
     */
    private static boolean isNameAcronym(String w) {
        return w.length() >= 4 && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && !GENERIC.contains(w) && !THEMES.contains(w);
    }
}
