package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

import static org.evaw.mapping.recognise.RomanceWords.afterElidedArticle;
import static org.evaw.mapping.recognise.RomanceWords.elided;
import static org.evaw.mapping.recognise.RomanceWords.elidedArticle;

/**
 * Finds organisations that text defines with an acronym in brackets, "Un Ponte Per (UPP)",
 * "Women's Legal Aid Centre (WLAC)": the capitalised words before the bracket whose initials spell
 * the acronym (small connecting words such as "of", "for", "de" may be skipped) are the name. A
 * name ending in a programme's head noun is a programme, and so is one whose head noun, in
 * lowercase, stands between the spelled words and the bracket ("the Vulnerable Group Development
 * programme (VGD)"); one ending in the noun of a document, a
 * law or a plan ("Essential Services Package (ESP)") is neither, and terms the reference data
 * lists ("gender-based violence (GBV)") overrule it. Found by pattern: confidence below reference.
 */
public final class AcronymNameRecogniser implements Recogniser {
    private static final Pattern ACRONYM = Pattern.compile("\\(\\s{0,2}([A-Z][A-Za-z&]{1,9}(?:-[A-Z]{1,4})?\\+?)\\s{0,2}\\)");
    /** A dash between two words of a name, written without spaces: "Colombia–Ejército del Pueblo". */
    private static final Pattern JOINING_DASH = Pattern.compile("[\u2013\u2014]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{1,40}(?:['\u2019-][\\p{L}\\p{N}]{1,40}){0,3}");
    private static final Set<String> CONNECTORS = Set.of(
            "of", "for", "the", "and", "on", "in", "against", "de", "des", "du", "la", "le", "les", "el", "los", "las",
            "del", "y", "e", "et", "pour", "per", "di", "da", "do", "dos", "das", "to", "&",
            // "le ministère à la Condition féminine et aux Droits des femmes (MCFDF)".
            "\u00E0", "au", "aux",
            // "Protection from Sexual Exploitation and Abuse (PSEA)".
            "from", "by", "with");
    private static final Set<String> PROGRAMME_HEADS = Set.of(
            "Programme", "Program", "Initiative", "Fund", "Campaign", "Project", "Partnership", "Facility",
            // A named course is a training programme: "Evidence Management Course (EMC)"; so are schools named as one method
            // ("Farmer Field Schools (FFS)", "Women's Empowerment Farmer Business Schools (WE-FBS)"): one school has a singular name.
            "Course", "Schools");
    /** Names of documents, laws, plans, methods and events, which are not organisations. */
    static final Set<String> NOT_ORGANISATIONS = Set.of(
            "Package", "Plan", "Strategy", "Policy", "Framework", "Law", "Act", "Code", "Convention", "Protocol",
            "Declaration", "Platform", "Agenda", "Goal", "Goals", "Report", "Survey", "Index", "Assessment", "Review",
            "Guidelines", "Guidance", "Standard", "Standards", "Tool", "Toolkit", "Manual", "Model", "Approach",
            "Procedures", "Procedure", "System", "Mechanism", "Services", "Conference", "Summit", "Meeting", "Forum", "Day", "Week", "Violence", "Mutilation", "Cutting",
            "Harassment", "Abuse", "Exploitation", "Rights", "Health", "Development", "Justice", "Data", "Indicators",
            "Resolution", "Recommendation", "Recommendations", "Statement", "Charter", "Treaty", "Reform", "Response",
            "Operating", "Teams", "Team", "Women", "Girls", "Children", "Persons", "People", "Survivors", "Countries",
            "States", "Region", "Regions", "Areas", "Sector", "Sectors", "Matrix", "Analysis", "Study", "Database", "Method",
            "Methodology", "Consensus",
            // Peace and other agreements between parties: "the Comprehensive Peace Agreement (CPA)".
            "Agreement", "Agreements", "Accord", "Accords",
            // Posts, not organisations: "the office of the Senior Women Protection Adviser (SWPA)".
            "Adviser", "Advisor", "Officer", "Coordinator", "Representative", "Envoy", "Specialist", "Expert", "Director",
            "Minister", "Rapporteur", "Focal", "Point",
            // Teaching materials and events: "Training Handbook (TH)", "Regional Workshop (RW)".
            "Handbook", "Curriculum", "Module", "Modules", "Guide", "Workshop", "Seminar", "Webinar", "Training", "Session",
            // A plural names a kind of organisation: "civil society organizations (CSOs)".
            "Organizations", "Organisations", "Groups", "Associations", "Institutions", "Agencies", "Networks",
            "Committees", "Councils", "Defenders", "Workers", "Providers", "Actors", "Partners", "Authorities");
    /** A lowercase noun after the bracket that makes the name a programme's: "the Safe Access to Fuel and Energy (SAFE) approach". */
    private static final Pattern PROGRAMME_AFTER = Pattern.compile(
            "\\s{1,3}(?:approach|initiative|programme|program|project|campaign|model|scheme|intervention|course)\\b");
    /**
     * A lowercase noun after the bracket that makes the name a process, a method or a document, not an
     * organisation: "gender in the Security Risk Management (SRM) process".
     */
    private static final Pattern NOT_ORGANISATION_AFTER = Pattern.compile(
            "\\s{1,3}(?:" + WordList.alternation("non-organisation-nouns") + ")\\b");
    /** A programme's head noun, written in lowercase between its name and the acronym. */
    private static final Set<String> LOWERCASE_HEADS = Set.of(
            "programme", "program", "project", "initiative", "campaign", "fund", "course", "programa", "proyecto", "projet");
    private static final int MAX_WORDS = 14;
    private static final Pattern PLURAL = Pattern.compile("[A-Z]{2,9}s");

    private final IriMinter iris;

    public AcronymNameRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = ACRONYM.matcher(text).region(from, to);
        while (m.find()) {
            String acronym = m.group(1);
            String letters = acronym.replaceAll("[^A-Z]", "");
            // A plural acronym names a kind of people or bodies, never one organisation: "Women Protection Advisers (WPAs)".
            if (letters.length() < 2 || PLURAL.matcher(acronym).matches())
                continue;
            List<int[]> words = wordsBefore(text, Math.max(from, m.start() - 400), m.start());
            int first = spell(text, words, letters, false);
            // "the Vulnerable Group Development programme (VGD)": the acronym spells the words before a lowercase head noun.
            boolean headInside = first < 0 && words.size() > 1
                    && LOWERCASE_HEADS.contains(text.substring(words.get(words.size() - 1)[0], words.get(words.size() - 1)[1]));
            if (headInside)
                first = spell(text, words.subList(0, words.size() - 1), letters, false);
            if (first < 0) {
                // Names written in sentence case still spell their acronym when they open with an
                // organisation's head noun: "Association tunisienne des femmes démocrates (ATFD)".
                first = spell(text, words, letters, true);
                if (first >= 0 && !opensWithHead(text, words.get(first)) && !romanceSentenceCase(text, words, first, letters))
                    first = -1;
                if (first < 0) {
                    words = wordsBefore(text, Math.max(from, m.start() - 400), m.start(), MAX_WORDS + MAX_TAIL);
                    first = spelledBeforeLowercaseTail(text, words, letters);
                }
                if (first < 0)
                    continue;
            }
            // "l'Unité mixte … (UMIRR)": the name starts after its elided article.
            String firstWord = text.substring(words.get(first)[0], words.get(first)[1]);
            int start = words.get(first)[0] + (elidedArticle(firstWord) ? 2 : 0);
            int nameEnd = words.get(words.size() - 1)[1];
            Matcher tail = HEAD_AFTER.matcher(text).region(m.end(), Math.min(to, m.end() + 60));
            if (!headInside && tail.lookingAt() && isHead(tail.group(2))) {
                // "the Protection from Sexual Exploitation and Abuse (PSEA) Task Force": the acronym stands for the words
                // before it, and the name goes on to its head; the acronym is not the whole name's.
                String label = (text.substring(start, nameEnd) + " " + tail.group(1)).replaceAll("\\s+", " ");
                EntityType type = PROGRAMME_HEADS.contains(tail.group(2)) || OrganisationPatternRecogniser.isCoordinationGroup(label)
                        ? EntityType.PROGRAMME : EntityType.PARTNER;
                if (type == EntityType.PARTNER && UN_NAME.matcher(label).lookingAt())
                    continue;
                Entity e = Entity.foundByPattern(type, label, iris);
                found.add(new Mention(e, start, tail.end(), OrganisationPatternRecogniser.CONFIDENCE));
                continue;
            }
            String last = text.substring(words.get(words.size() - 1)[0], nameEnd);
            String head = headBeforeComplement(text, words, first);
            String name = text.substring(start, nameEnd).replaceAll("\\s+", " ");
            // "United Nations Integrated Strategy for the Sahel (UNISS)": the UN's own strategy is a programme it runs.
            boolean unStrategy = head.equals("Strategy") && UN_NAME.matcher(name).lookingAt();
            // "the Training for Peace (TfP) programme": the noun after the bracket says what the name is.
            boolean programmeAfter = PROGRAMME_AFTER.matcher(text).region(m.end(), Math.min(to, m.end() + 20)).lookingAt();
            // "the National Agency Against Trafficking in Persons (NAATIP)": an organisation's head before its complement
            // says what the name is, whatever people or theme the complement ends with.
            boolean organisationHead = !head.equals(last) && OrganisationPatternRecogniser.isPartnerHead(head);
            if (!headInside && !unStrategy && !programmeAfter && (NOT_ORGANISATIONS.contains(last) && !organisationHead
                    || NOT_ORGANISATIONS.contains(head)
                    || NOT_ORGANISATION_AFTER.matcher(text).region(m.end(), Math.min(to, m.end() + 20)).lookingAt()))
                continue;
            // "Programme de relance et de développement du monde rural (PRDMR)": a Romance name opens with its head.
            boolean romanceProgramme = HeadFirstNameRecogniser.isProgrammeHead(afterElidedArticle(text.substring(words.get(first)[0], words.get(first)[1])))
                    && first + 1 < words.size() && ROMANCE_CONNECTORS.contains(text.substring(words.get(first + 1)[0], words.get(first + 1)[1]));
            boolean programme = headInside || unStrategy || programmeAfter || romanceProgramme || PROGRAMME_HEADS.contains(last)
                    || PROGRAMME_HEADS.contains(head) || OrganisationPatternRecogniser.isCoordinationGroup(name);
            EntityType type = programme ? EntityType.PROGRAMME : EntityType.PARTNER;
            // "the United Nations Information Service (UNIS)": a name of the UN's own is a unit of the UN system,
            // never a partner of it (the head-noun pattern has the same rule).
            if (type == EntityType.PARTNER && UN_NAME.matcher(name).lookingAt())
                continue;
            // "le Bureau conjoint des Nations Unies aux droits de l'homme (BCNUDH)": a UN office named in French or Spanish.
            if (type == EntityType.PARTNER && HeadFirstNameRecogniser.namesTheUnitedNations(name))
                continue;
            Entity e = new Entity(type, iris.entity(type == EntityType.PROGRAMME ? "programme" : "partner", name), name,
                    acronym, null, false);
            found.add(new Mention(e, start, m.end(), OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }

    /** Capitalised words right after the bracket, up to the last one: "(PSEA) Task Force", "(WPS) Focal Points Network". */
    private static final Pattern HEAD_AFTER = Pattern.compile(
            "\\s{1,2}((?:\\p{Lu}[\\p{L}-]{0,30}\\s{1,2}){0,3}(\\p{Lu}[\\p{L}-]{0,30}))\\b(?!\\s{1,2}\\p{Lu}|['\u2019]s\\b)");

    /** Whether a word closes a name as its head noun: an organisation's, a programme's or a group's. */
    private static boolean isHead(String word) {
        return OrganisationPatternRecogniser.isPartnerHead(word) || PROGRAMME_HEADS.contains(word);
    }

    private static final java.util.regex.Pattern UN_NAME = java.util.regex.Pattern.compile("(?:United Nations|UN)\\s");
    private static final Set<String> COMPLEMENT_CONNECTORS = Set.of("of", "for", "on", "against", "to");

    /**
     * The head noun of a name whose complement follows it: the word before its first "of", "for", "on",
     * "against" or "to" ("Strategy" in "Integrated Strategy for the Sahel"); its last word if it has none.
     */
    private static String headBeforeComplement(String text, List<int[]> words, int first) {
        for (int i = first + 1; i < words.size(); i++)
            if (COMPLEMENT_CONNECTORS.contains(text.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT)))
                return text.substring(words.get(i - 1)[0], words.get(i - 1)[1]);
        return text.substring(words.get(words.size() - 1)[0], words.get(words.size() - 1)[1]);
    }

    /** The words just before {@code end}, separated by spaces only, up to {@link #MAX_WORDS}, in text order. */
    private static List<int[]> wordsBefore(String text, int from, int end) {
        return wordsBefore(text, from, end, MAX_WORDS);
    }

    /** The words just before {@code end}, separated by spaces only, up to {@code max}, in text order. */
    private static List<int[]> wordsBefore(String text, int from, int end, int max) {
        List<int[]> all = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(from, end);
        while (w.find())
            all.add(new int[] {w.start(), w.end()});
        List<int[]> run = new ArrayList<>();
        int expectedEnd = end;
        for (int i = all.size() - 1; i >= 0 && run.size() < max; i--) {
            int[] word = all.get(i);
            String gap = text.substring(word[1], expectedEnd);
            if (!gap.isBlank() && !JOINING_DASH.matcher(gap).matches())
                break;
            run.add(0, word);
            expectedEnd = word[0];
        }
        return run;
    }

    /**
     * The index of the first word of the name whose initials spell {@code letters}, read back from
     * the last word; -1 if the words do not spell it or the name would start with a small word.
     */
    private static boolean opensWithHead(String text, int[] word) {
        String w = capitalised(text.substring(word[0], word[1]));
        return OrganisationPatternRecogniser.isPartnerHead(w) || HeadFirstNameRecogniser.isHead(w);
    }

    /** Romance prepositions and articles that mark a name in French, Spanish, Portuguese or Italian. */
    private static final Set<String> ROMANCE_CONNECTORS = Set.of(
            "de", "des", "du", "del", "la", "le", "les", "el", "los", "las", "pour", "para", "per", "di", "da", "do", "dos", "das");

    /**
     * Whether a name in sentence case that spells its acronym is a Romance name of an organisation:
     * capitalised inside a sentence (not its first word), three letters or more, with a Romance
     * connector: "the Détachement intégré de sécurité (DIS)", "le Réseau des femmes leaders pour la
     * paix (REFELPA)". English phrases in sentence case ("Sexual and reproductive health (SRH)") have none.
     */
    private static boolean romanceSentenceCase(String text, List<int[]> words, int first, String letters) {
        if (letters.length() < 3)
            return false;
        String before = text.substring(Math.max(0, words.get(first)[0] - 4), words.get(first)[0]).stripTrailing();
        if (before.isEmpty() || ".!?:;\n\"“(".indexOf(before.charAt(before.length() - 1)) >= 0)
            return false;
        for (int i = first + 1; i < words.size(); i++)
            if (ROMANCE_CONNECTORS.contains(text.substring(words.get(i)[0], words.get(i)[1])))
                return true;
        return false;
    }

    /** Whether all the words of {@code name}, small connecting words aside, spell {@code acronym}'s capitals. */
    static boolean spells(String name, String acronym) {
        String letters = acronym.replaceAll("[^A-Z]", "");
        if (letters.length() < 2)
            return false;
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(name);
        while (w.find())
            words.add(new int[] {w.start(), w.end()});
        return !words.isEmpty() && spell(name, words, letters, false) == 0;
    }

    private static int spell(String text, List<int[]> words, String letters, boolean anyCase) {
        return spell(text, words, letters, anyCase, words.size() - 1, letters.length() - 1);
    }

    /**
     * The index of the name's first word when the words up to {@code i} spell the letters up to
     * {@code k}, read backwards; -1 if they do not. A small word whose initial is the letter may
     * spell it or be skipped ("Droits des femmes (…DF)": "des" is skipped), so both are tried: at
     * most {@link #MAX_WORDS} words deep.
     */
    private static int spell(String text, List<int[]> words, String letters, boolean anyCase, int i, int k) {
        if (k < 0) {
            if (i + 1 >= words.size())
                return -1;
            String first = afterElidedArticle(text.substring(words.get(i + 1)[0], words.get(i + 1)[1]));
            // French writes a ministry's head in lowercase inside a sentence: "le ministère à la Condition féminine … (MCFDF)".
            boolean romanceHead = anyCase && HeadFirstNameRecogniser.isHead(capitalised(first));
            return Character.isUpperCase(first.charAt(0)) || romanceHead ? i + 1 : -1;
        }
        if (i < 0)
            return -1;
        // "d'Intervention", "l'Unité": an elided article spells nothing; the word after it does.
        String w = afterElidedArticle(text.substring(words.get(i)[0], words.get(i)[1]));
        char initial = Character.toUpperCase(w.charAt(0));
        boolean connector = CONNECTORS.contains(w.toLowerCase(Locale.ROOT));
        if (initial == letters.charAt(k) && (Character.isUpperCase(w.charAt(0)) || anyCase || connector)) {
            int first = spell(text, words, letters, anyCase, i - 1, k - 1);
            if (first >= 0)
                return first;
        }
        return connector ? spell(text, words, letters, anyCase, i - 1, k) : -1;
    }

    /** Longest lowercase run a Romance name's complement may hold after the words its acronym spells. */
    private static final int MAX_TAIL = 12;

    /**
     * The first word of a Romance name whose capitalised words spell the acronym and whose complement then runs on in
     * lowercase up to the bracket, as French and Spanish write it: "Unité mixte d'intervention rapide et de répression
     * des violences sexuelles faites aux femmes et aux enfants (UMIRR)"; -1 if there is none. The name must open with a
     * Romance organisation's head ({@link HeadFirstNameRecogniser#isHead}).
     */
    private static int spelledBeforeLowercaseTail(String text, List<int[]> words, String letters) {
        for (int j = words.size() - 1; j > 0 && words.size() - j <= MAX_TAIL; j--) {
            String w = text.substring(words.get(j)[0], words.get(j)[1]);
            if (!Character.isLowerCase(w.codePointAt(0)) || elided(w) && Character.isUpperCase(w.codePointAt(2)))
                return -1;
            String before = text.substring(words.get(j - 1)[0], words.get(j - 1)[1]);
            if (CONNECTORS.contains(before.toLowerCase(Locale.ROOT)))
                continue;
            int first = spell(text, words.subList(0, j), letters, true);
            if (first >= 0 && HeadFirstNameRecogniser.isHead(capitalised(afterElidedArticle(text.substring(words.get(first)[0], words.get(first)[1])))))
                return first;
        }
        return -1;
    }

    private static String capitalised(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
}
