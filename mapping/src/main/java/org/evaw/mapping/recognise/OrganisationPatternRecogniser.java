package org.evaw.mapping.recognise;

import static org.evaw.mapping.recognise.NameComplementReader.isPlainCapitalised;
import static org.evaw.mapping.recognise.WordSpans.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds organisations and programmes that no reference list names, by the shape of their names: a
 * run of capitalised words ending in a head noun, with its complement, such as a partner's
 * {@code Ministry of Labour, Invalids and Social Affairs}, {@code Legal Aid Department of the
 * Ministry of Justice}, {@code Royal Government of Cambodia}, {@code Attorney-General’s Office},
 * or a programme's {@code Joint Programme on Essential Services for Women and Girls Subject to
 * Violence}. Coordinated names are split ("the Ministries of Health and Education", "the National
 * and Migration Police"). Units of any organisation ("Country Office", "Office of the Resident
 * Coordinator") are not names. Such finds carry a lower confidence than reference matches, and
 * yield to them where the two overlap.
 */
public final class OrganisationPatternRecogniser implements Recogniser {
    static final double CONFIDENCE = 0.6;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A word, with the apostrophe of a plural possessive ("Veterans' Affairs"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.'\u2019][\\p{L}\\p{N}]+){0,8}(?:/[\\p{L}\\p{N}]+)?(?:(?<=s)['\u2019](?![\\p{L}\\p{N}]))?");
    static final Set<String> PARTNER_HEADS = Set.of(
            "Ministry", "Ministries", "Office", "Offices", "Commission", "Council", "Committee", "Police",
            // A commission's or committee's subsidiary body: "the Sub-Commission on Combating Trafficking in Persons".
            "Sub-Commission", "Subcommission", "Sub-Committee", "Subcommittee",
            "Secretariat", "Institute", "Union", "Network", "Organization", "Organisation", "Association",
            "Authority", "Department", "Departments", "Governments", "Court", "Lab", "Laboratory", "University", "Foundation",
            "Federation", "Board", "Bureau", "Centre", "Center", "Parliament", "Agency", "Tribunal", "Forum",
            "Alliance", "Coalition", "Group", "Society", "Academy", "Prosecutor", "Directorate", "Assembly", "Assemblies",
            "Government", "Unit", "Division", "Service", "Ombudsman", "Ombudsperson", "Commissariat", "Municipality", "International",
            "Corporation", "Company", "Institution", "Movement", "Consortium", "Chamber", "Judiciary", "Senate",
            "Congress", "Force", "Forces", "Hospital", "Mechanism",
            // A state's coordinating or supervisory body: "the Coordination Body for Gender Equality", "the Central Body for the
            // Suppression of Trafficking in Persons".
            "Body",
            // Police services and civil defence named so: "the Royal Papua New Guinea Constabulary", "the Nigeria Security and Civil
            // Defence Corps". (Not "Hotel" nor "Observatory": the development set counts the hotels that host a workshop as partners
            // in some documents and not in others, and names programmes "Observatory" as often as bodies.)
            "Constabulary", "Corps",
            // Legal aid and health clinics: "the National Legal Aid Clinic for Women".
            "Clinic",
            // Sports and service clubs: "Liverpool Football Club", "the Rotary Club of Suva".
            "Club",
            // A state's or a city's executive body: "the Kyiv City State Administration", "the Food and Drug Administration".
            "Administration",
            // Prosecution services as civil-law states name them: "the Supreme People's Procuracy".
            "Procuracy", "Procuratorate", "Jurisdiction",
            // Embassies and consulates name a donor government's mission; the others close names of
            // security services, caucuses, foundations, banks, companies and schools.
            "Embassy", "Embassies", "Consulate", "Gendarmerie", "Guard", "Inspectorate", "Presidency", "Caucus",
            "Confederation", "Trust", "Stiftung", "Bank", "Cooperative", "Collective", "Church", "College", "School",
            "Limited", "Ltd", "Inc", "PLC", "LLC", "Corp", "GmbH", "S.A", "S.L", "Ltda", "SARL",
            // Armed groups and movements: "the Lord's Resistance Army", "the Polisario Front".
            "Army", "Front", "Militia", "Brigades",
            // "the Central African Economic and Monetary Community": regional economic communities; a state's
            // "Delegation of the European Union to …" is its mission.
            "Community", "Delegation",
            // Only as a country's "Permanent Mission of …": other missions are the UN's own (see rejected).
            "Mission", "Missions",
            // A government's council of ministers, as post-Soviet states name it ("the Cabinet of Ministers of Ukraine"), and
            // the police stations that take part in the work ("Munuki Police Station", "the Ventanilla Police Station").
            "Cabinet", "Station",
            // Courts named together by their kinds: "the Administrative and Criminal Courts" are two courts.
            "Courts",
            // Prisons, shelters, museums and libraries that take part in the work: "Buimo Prison", "Mercy House", "the Vietnamese
            // Women's Museum", "the Hanoi National Library".
            "Prison", "House", "Museum", "Library",
            // A university's faculty that takes part in the work: "the Faculty of Agriculture of the University of Zimbabwe".
            "Faculty",
            // Only a team of several organisations, their coordination group: a "Task Team", a "Humanitarian Team" (see
            // isCoordinationGroup and rejected).
            "Team");
    /** Whether a word is the head noun of an organisation's or programme's name. */
    static boolean isHead(String word) {
        return PARTNER_HEADS.contains(word) || PROGRAMME_HEADS.contains(word);
    }

    /** Whether a word is the head noun of a programme's name ("… Fund", "… Initiative"). */
    static boolean isProgrammeHead(String word) {
        return PROGRAMME_HEADS.contains(word);
    }

    static final Set<String> PROGRAMME_HEADS = Set.of(
            "Programme", "Program", "Initiative", "Fund", "Campaign", "Project", "Partnership", "Facility",
            // Humanitarian coordination: "the GBV Sub-Cluster", "the Protection Cluster".
            "Cluster", "Sub-Cluster",
            // A named course is a training programme that someone runs ("Firearms and Ammunition Evidence Management
            // Course"); a curriculum is its material, a publication.
            "Course",
            // An initiative that gathers people or groups under a name: "the Women's Platform of the … Framework"; a
            // "Platform for Action" is a plan that governments adopt, an instrument (see rejected).
            "Platform");
    /** Heads that name nothing without their complement: "the Government" is any government. */
    static final Set<String> NEEDS_COMPLEMENT = Set.of("Government", "Governments", "Embassy", "Embassies", "Consulate",
            "Mission", "Missions", "Delegation", "Cabinet");
    /** Company suffixes written with a full stop that belongs to the name: "Gap Inc.", "Acme Ltd.". */
    private static final Set<String> ABBREVIATED_SUFFIXES = Set.of("Inc", "Ltd", "Corp", "Co", "S.A", "S.L");
    /** The organs of a court, named alone: "the Trial Chamber", "the Office of the Prosecutor". */
    private static final Set<String> COURT_ORGANS = WordList.of("court-organs");
    /**
     * Modifiers that leave such a head generic: "the National Government" is any country's; "the
     * Swedish Government", "the Royal Norwegian Embassy" and "the Nairobi City County Government" are one each.
     */
    private static final Set<String> GENERIC_MODIFIERS = Set.of(
            // "the International Community", "the Humanitarian Community": everyone of a kind, no one body.
            "International", "Humanitarian", "Scientific", "Academic", "Business", "Diplomatic", "Global", "World",
            "National", "Federal", "Central", "Local", "State", "Provincial", "Regional", "Municipal", "County", "City",
            "District", "Royal", "Transitional", "Interim", "New", "Host", "Union", "Donor", "Partner", "Foreign",
            "Respective", "Relevant", "Concerned", "Government", "Governments", "Their", "Its", "Our", "Each",
            "Every", "Other", "Both", "Permanent", "Recipient", "Beneficiary", "Participating", "Sub-national", "Subnational");
    /** Heads of groups that, named with one of {@link #COORDINATION_WORDS}, are inter-agency mechanisms: programmes. */
    private static final Set<String> GROUP_HEADS = Set.of("Group", "Network", "Coalition", "Force", "Mechanism", "Team",
            // "the Central Asian Expert Forum": a forum that experts are convened to, as a working group is.
            "Forum");
    private static final Set<String> COORDINATION_WORDS = Set.of(
            "Working", "Task", "Reference", "Coordination", "Coordinating", "Thematic", "Inter-Agency", "Interagency",
            "Inter-agency", "Research", "Global", "Expert",
            // "the Gender Focal Points Network": the focal points of several organisations, convened.
            "Focal",
            // A UN country team's "Gender Theme Group" is its internal coordination group, not a partner.
            "Theme",
            // "the Traditional Leaders Gender Champion Network": champions a programme enlists and convenes, not an organisation.
            "Champion", "Champions");
    /** Heads that adjectives share when coordinated: "the National and Migration Police" are two police forces. */
    private static final Set<String> COORDINATED_HEADS = Set.of("Police", "Force", "Forces", "Service", "Court", "Courts",
            "Government", "Governments", "Embassy", "Embassies", "Assemblies");
    /** Office holders whose possessive opens a name without being part of it. */
    private static final Set<String> ROLE_POSSESSORS = Set.of(
            "Secretary-General's", "Secretary-General\u2019s", "President's", "President\u2019s", "Government's",
            "Government\u2019s", "Minister's", "Minister\u2019s", "Organization's", "Organization\u2019s");
    /** Words that alone do not make a programme's name ("the Trust Fund", "the Joint Programme"). */
    static final Set<String> GENERIC_PROGRAMME_WORDS = Set.of(
            "Trust", "Joint", "Global", "Regional", "National", "Country", "Voluntary", "Special", "Pilot", "New", "UN");
    /** Words that make a name a unit of some organisation, not an organisation: "Country Office", "Resident Coordinator's Office". */
    private static final Set<String> UNIT_WORDS = Set.of(
            "Country", "Regional", "Sub-Regional", "Subregional", "Sub-regional", "Field", "Liaison", "Project",
            "Programme", "Multi-Country", "Head", "Resident", "Coordinator", "Coordinator's", "Coordinator\u2019s",
            "Coordinators", "Area", "Sub", "Sub-Office", "Local", "Provincial", "District", "Zonal", "Representative",
            "Representative's", "Representative\u2019s", "Special", "Secretary-General", "Secretary-General's",
            "Secretary-General\u2019s", "UN", "United", "Nations", "Executive", "Director", "Director's", "Director\u2019s");
    /** Bearings that alone name an area: "the Northern Division", "the Western Division". */
    private static final Set<String> BEARINGS = Set.of("Northern", "Southern", "Eastern", "Western", "Central", "North",
            "South", "East", "West", "North-Western", "North-Eastern", "South-Western", "South-Eastern");
    private static final Set<String> UNIT_HEADS = Set.of("Office", "Offices", "Bureau", "Unit", "Division", "Secretariat",
            "Team", "Government", "Board");
    /** What "with" names inside the name of an organisation of the people who live with it. */
    static final Set<String> LIVING_WITH = Set.of("HIV", "AIDS", "HIV/AIDS", "Disabilities", "Disability");
    /**
     * Acronyms of what the work is about, no organisation's: before "and" they are words of the same name ("the Great Lakes
     * Emergency SGBV and Women's Health Project").
     */
    static final Set<String> TOPIC_ACRONYMS = Set.of("GBV", "SGBV", "VAW", "VAWG", "FGM", "FGM/C", "CRSV", "SEA", "TIP",
            "SRHR", "WPS", "ICT", "ICTs");
    /** Ranks before an office holder's title: "the Deputy Commissioner of Police", "the Acting Head of …". */
    private static final Set<String> TITLE_RANKS = Set.of("Deputy", "Assistant", "Acting", "Chief");
    /** Heads whose complement "for" names the organisation they serve in a country: "the Indonesia National Commission for UNESCO". */
    static final Set<String> NATIONAL_COMMISSION_FOR = Set.of("Commission", "Committee");
    /** Abbreviated titles of saints that open names of universities, hospitals and churches: "St. Augustine University". */
    private static final Set<String> SAINT_ABBREVIATIONS = Set.of("St", "Ste", "Sts");
    /** Connectors inside a name, between capitalised words. */
    static final Set<String> INNER = Set.of("and", "of", "for", "on", "against", "the", "in", "&", "to",
            // "the Centre for Enquiry into Health and Allied Themes", "the Commission of Inquiry into …".
            "into");
    /** Capitalised words that start a sentence or clause rather than a name. */
    private static final Set<String> NOT_NAME_START = Set.of(
            "In", "The", "Under", "During", "Further", "Furthermore", "As", "With", "For", "This", "These", "Its",
            "Their", "Through", "And", "Of", "To", "By", "On", "At", "From", "All", "A", "An", "Pursuant",
            "Mandated", "Together", "Also", "Both", "Each", "Between", "Since", "After", "Before", "Within",
            "Among", "Other", "Several", "Such", "Some", "Many", "Following", "Additionally", "Moreover",
            "Support", "Supported", "Supporting", "Funded", "Led", "When", "While", "Where", "Our", "Her", "His",
            // "Member States and Country Offices": member states open no name.
            "Member", "States");
    /** Prepositions and adverbs that open a sentence, not a name: "Inside the Department, …". */
    private static final Set<String> SENTENCE_PREPOSITIONS = WordList.of("sentence-prepositions");
    /** Nouns for people that, before "of", open a phrase naming persons: "Heads of State and Government". */
    private static final Set<String> PERSON_TITLES = WordList.of("person-titles");
    /** Heads of an organisation's governing organs and meetings: "Board", "Congress", "Forum". */
    static final Set<String> ORGAN_HEADS = WordList.of("governing-organs");
    /** Complements that name an organ by its function: "of Governors", "of Administration". */
    static final Set<String> ORGAN_FUNCTIONS = WordList.of("governing-functions");
    private static final Set<String> ORDINALS = WordList.of("ordinals");
    private static final Set<String> GENERIC_FORCE_MODIFIERS = WordList.of("generic-force-modifiers");
    private static final Set<String> ORGAN_MODIFIERS = WordList.of("organ-modifiers");
    /** A numeric ordinal or a year: "27th", "2012". */
    private static final Pattern EDITION_NUMBER = Pattern.compile("\\d{1,3}(?:st|nd|rd|th)|(?:19|20)\\d\\d");
    /** Longest run of words a name is read over: beyond it, the text is not a name. */
    static final int MAX_NAME_WORDS = 24;

    private final IriMinter iris;
    private final Set<String> heads;
    private final EntityType type;

    /** The recogniser of partner organisations. */
    public OrganisationPatternRecogniser(IriMinter iris) {
        this(iris, PARTNER_HEADS, EntityType.PARTNER);
    }

    private OrganisationPatternRecogniser(IriMinter iris, Set<String> heads, EntityType type) {
        this.iris = iris;
        this.heads = heads;
        this.type = type;
    }

    /** The recogniser of programmes, initiatives, funds, campaigns and projects. */
    public static OrganisationPatternRecogniser programmes(IriMinter iris) {
        return new OrganisationPatternRecogniser(iris, PROGRAMME_HEADS, EntityType.PROGRAMME);
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find())
            words.add(new int[] {m.start(), m.end()});
        List<Mention> found = new ArrayList<>();
        int h = 0;
        int floor = 0;
        while (h < words.size()) {
            String headWord = headOf(word(text, words.get(h)));
            if (isLowerPluralBeforeNames(text, words, h))
                headWord = LOWER_PLURAL_HEADS.get(headWord);
            if (!heads.contains(headWord) && !(type == EntityType.PROGRAMME && runPlan(text, words, h))
                    || continuesName(text, words, h) && !titleVerbFollows(text, words, h, type == EntityType.PROGRAMME)) {
                h++;
                continue;
            }
            int left = extendLeft(text, words, h, floor);
            int right = NameComplementReader.end(text, words, h, type == EntityType.PROGRAMME);
            // "Lumen &Co and Norden Inc.": a word glued to "&" ends another name, it opens none.
            if (right > left && words.get(left)[0] > 0 && text.charAt(words.get(left)[0] - 1) == '&') {
                h = right + 1;
                floor = h;
                continue;
            }
            if (right > left && !rejected(text, words, left, h, right)) {
                int start = words.get(left)[0];
                int end = words.get(right)[1];
                String fromHead = WHITESPACE.matcher(text.substring(words.get(h)[0], end)).replaceAll(" ");
                String before = WHITESPACE.matcher(text.substring(start, words.get(h)[0])).replaceAll(" ");
                if (h - left == 3 && word(text, words.get(left + 1)).equals("and") && COORDINATED_HEADS.contains(headWord)) {
                    // "National and Migration Police" names two bodies: National Police and Migration Police.
                    String one = headWord.equals("Courts") ? "Court" + fromHead.substring("Courts".length()) : singular(fromHead);
                    found.add(mention(word(text, words.get(left)) + " " + one, start, end));
                    found.add(mention(word(text, words.get(h - 1)) + " " + one, start, end));
                } else if (isPlural(headWord) && right > h) {
                    // "the Ministries of Health and Education": one body for each part of the complement.
                    for (String part : complementParts(text, words, h, right))
                        // "the governments of East and Southeast Asia and the Pacific": a region has no government of its own.
                        if (!namesOnlyARegion(part))
                            found.add(mention(before + singular(headWord) + " " + part, start, end));
                } else if (type == EntityType.PARTNER && headWord.equals("Forum") && edition(text, words, left)
                        && !onlyFrom(ORGAN_MODIFIERS, text, words, left, h)) {
                    // "the 14th African Women's Leadership Forum": a forum held again and again is a programme its convener runs.
                    String label = before + fromHead;
                    found.add(new Mention(Entity.foundByPattern(EntityType.PROGRAMME, label, iris),
                            start, end, CONFIDENCE));
                } else if (right == h && ABBREVIATED_SUFFIXES.contains(headWord) && end < text.length() && text.charAt(end) == '.') {
                    // "Gap Inc.": the full stop of the abbreviation is the name's, even where it also ends the sentence.
                    found.add(mention(before + fromHead + ".", start, end + 1));
                } else {
                    found.add(mention(before + singular(fromHead), start, end));
                }
            }
            h = right + 1;
            floor = h;
        }
        return found;
    }


    /** Whether a complement names only a region: "of the Pacific", "of East and Southeast Asia", not "of South Africa". */
    private static boolean namesOnlyARegion(String complement) {
        String rest = complement.replaceFirst("^of\\s+", "").replaceFirst("^the\\s+", "");
        // "of East and Southeast Asia": a bearing, then "and" and a region that the bearing also qualifies.
        return RegionNames.isWithBearing(rest);
    }

    /** Whether a word is the head noun of a partner organisation's name: the acronym reader asks. */
    static boolean isPartnerHead(String word) {
        return PARTNER_HEADS.contains(word);
    }

    /**
     * Plural heads that running text writes in lower case before a list of names: "the governments of Tonga and Samoa",
     * "the embassies of Norway and Sweden". Read as the capitalised form when "of" and a capitalised word follow that
     * names no region ("the governments of Central America"), so each name is a body of its own.
     */
    private static final Map<String, String> LOWER_PLURAL_HEADS = Map.of("governments", "Governments", "embassies", "Embassies");

    private static boolean isLowerPluralBeforeNames(String text, List<int[]> words, int h) {
        return LOWER_PLURAL_HEADS.containsKey(word(text, words.get(h))) && h + 2 < words.size()
                && word(text, words.get(h + 1)).equals("of") && onlySpaceBetween(text, words, h, h + 1)
                && onlySpaceBetween(text, words, h + 1, h + 2) && isPlainCapitalised(word(text, words.get(h + 2)))
                && !namesRegion(text, words.get(h + 2)[0]);
    }

    /** Whether the text at {@code at} names a region of several countries ("Central America and …"). */
    private static boolean namesRegion(String text, int at) {
        return RegionNames.startsAt(text, at);
    }

    /** The head noun of a word: "Center-Gaza" is a Center, named for where it is. */
    private static String headOf(String word) {
        if (word.startsWith("Sub-"))
            return word;
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isUpperCase(word.charAt(hyphen + 1))
                ? word.substring(0, hyphen) : word;
    }

    /** Whether a candidate name is generic: a unit of some organisation, or a programme word alone. */
    private boolean rejected(String text, List<int[]> words, int left, int h, int right) {
        String head = word(text, words.get(h));
        // "the Mission", "the Special Political Mission" are UN peace operations; a country's is its "Permanent Mission of …".
        if ((head.equals("Mission") || head.equals("Missions")) && (h == left || !word(text, words.get(h - 1)).equals("Permanent"))
                && !toAnOrganisation(text, words, h, right))
            return true;
        // "Heads of State and Government", "Members of Parliament", "the Inspector General of Police": persons, not the body
        // they belong to.
        // "the Deputy Commissioner of Police": a rank before the title too.
        int title = left + 1 < h && TITLE_RANKS.contains(word(text, words.get(left))) ? left + 1 : left;
        if (title + 1 < h && PERSON_TITLES.contains(word(text, words.get(title))) && (word(text, words.get(title + 1)).equals("of")
                || title + 2 < h && word(text, words.get(title + 1)).equals("General") && word(text, words.get(title + 2)).equals("of")))
            return true;
        // "International Peacekeeping Forces", "the Security Forces": forces of a kind, no one body.
        if ((head.equals("Force") || head.equals("Forces")) && right == h && onlyFrom(GENERIC_FORCE_MODIFIERS, text, words, left, h))
            return true;
        // "the IGC Global Board", "its Steering Committee": the governing organ of an organisation named before it.
        if (type == EntityType.PARTNER && ORGAN_HEADS.contains(head) && right == h && left < h
                && onlyFrom(ORGAN_MODIFIERS, text, words, Acronyms.is(word(text, words.get(left))) ? left + 1 : left, h))
            return true;
        // "the Standby Team", "the Conduct and Discipline Team", "the Regional Advisory Team for Asia": a team is an
        // organisation's own staff, unless its name says it brings organisations together (a programme, see mention).
        if (head.equals("Team") && !isCoordinationGroup(WHITESPACE.matcher(text.substring(words.get(left)[0], words.get(right)[1])).replaceAll(" ")))
            return true;
        // "the Northern Division": a police force's or a country's area, named by its bearing alone, no body of its own.
        if (head.equals("Division") && right == h && onlyFrom(BEARINGS, text, words, left, h))
            return true;
        if (NEEDS_COMPLEMENT.contains(head) && right == h)
            return onlyFrom(GENERIC_MODIFIERS, text, words, left, h);
        if (type == EntityType.PARTNER && ORGAN_HEADS.contains(head) && (governingOrgan(text, words, left, h, right)
                || edition(text, words, left) && !head.equals("Forum")))
            return true;
        // A community is a regional organisation when its name says more than who its members are: "the Central African
        // Economic and Monetary Community", not "the LGBTI Community", nor a "Community of Practice", a network.
        if (head.equals("Community") && (right > h && word(text, words.get(h + 1)).equals("of")
                ? right >= h + 2 && word(text, words.get(h + 2)).equals("Practice")
                : h - left < 2 || Acronyms.is(word(text, words.get(left)))))
            return true;
        if (GenericNames.is(WHITESPACE.matcher(text.substring(words.get(left)[0], words.get(right)[1])).replaceAll(" ")))
            return true;
        // "the Trial Chamber convicted …": an organ of whatever court the text is about, named alone.
        if (type == EntityType.PARTNER && COURT_ORGANS.contains(WHITESPACE.matcher(text.substring(words.get(left)[0], words.get(right)[1])).replaceAll(" ")))
            return true;
        // "the United Nations International School", "the United Nations Foundation": named for the UN, outside it.
        // "the UN Inter-Agency Network on Youth Development": the system's own coordination group is a programme (see mention).
        if (type == EntityType.PARTNER && isUnitedNations(text, words, left, right) && !NAMED_FOR_THE_UN.contains(head)
                && !ownedCoordinationGroup(text.substring(words.get(left)[0], words.get(right)[1]))
                && !systemCoordinationGroup(WHITESPACE.matcher(text.substring(words.get(left)[0], words.get(right)[1])).replaceAll(" ")))
            return true;
        // "the Office of the Special Envoy of the Secretary-General for Burundi": the Secretary-General's office is the UN's,
        // not a partner; "the Secretary-General of the League of Arab States" is another organisation's.
        if (type == EntityType.PARTNER && OF_THE_SECRETARY_GENERAL.matcher(text.substring(words.get(left)[0], words.get(right)[1])).find())
            return true;
        if (type == EntityType.PROGRAMME)
            // A "Programme of Action" or a "Platform for Action" is a plan that governments adopt, an instrument.
            return right == h && onlyFrom(GENERIC_PROGRAMME_WORDS, text, words, left, h)
                    || right >= h + 2 && (word(text, words.get(h + 1)).equals("of") || word(text, words.get(h + 1)).equals("for"))
                            && word(text, words.get(h + 2)).equals("Action");
        return UNIT_HEADS.contains(head) && onlyFrom(UNIT_WORDS, text, words, left, h)
                && onlyFrom(UNIT_WORDS, text, words, h + 1, right + 1);
    }

    /** The UN Secretary-General named inside a name: "… of the Secretary-General", "Secretary-General's", not "Secretary-General of …". */
    private static final Pattern OF_THE_SECRETARY_GENERAL = Pattern.compile(
            "\\bSecretary[- ]General(?:['’]s\\b|(?!\\s{1,3}of\\b)(?![\\p{L}'’-]))");

    private static final Set<String> ORGANISATION_WORDS = Set.of("Organizations", "Organisations", "Organization", "Organisation",
            "Nations", "Union", "Office", "Agencies");

    /**
     * Whether a mission's complement names the organisation it is accredited to: "the U.S. Mission to the
     * International Organizations in Vienna", "Norway's Mission to the European Union" are a state's
     * representation, a partner; the UN's own missions are "in" a country or "for" a task.
     */
    private static boolean toAnOrganisation(String text, List<int[]> words, int h, int right) {
        if (right < h + 3 || !word(text, words.get(h + 1)).equals("to") || !word(text, words.get(h + 2)).equals("the"))
            return false;
        for (int i = h + 3; i <= right; i++)
            if (ORGANISATION_WORDS.contains(word(text, words.get(i))))
                return true;
        return false;
    }

    /**
     * Whether a name is an organ of whatever organisation the text is about, named by its function
     * alone: "the Board of Governors", "the Council of Administration", "the Conference of the Parties".
     */
    private static boolean governingOrgan(String text, List<int[]> words, int left, int h, int right) {
        if (left != h || right < h + 2)
            return false;
        for (int i = h + 2; i <= right; i++) {
            String w = word(text, words.get(i));
            if (!ORGAN_FUNCTIONS.contains(w) && !INNER.contains(w))
                return false;
        }
        return true;
    }

    /**
     * Whether the word before a meeting's or organ's name numbers an edition of it: "the 27th Universal
     * Postal Congress", "the 2012 Doha Congress", "the fifth Regional Forum": a session, not an organisation.
     */
    private static boolean edition(String text, List<int[]> words, int left) {
        // "the Seventh GEF Assembly": a capitalised ordinal read as the name's first word numbers it all the same.
        if (ORDINALS.contains(word(text, words.get(left)).toLowerCase(java.util.Locale.ROOT)))
            return true;
        if (left == 0 || !onlySpaceBetween(text, words, left - 1, left))
            return false;
        String before = word(text, words.get(left - 1));
        return EDITION_NUMBER.matcher(before).matches() || ORDINALS.contains(before.toLowerCase(java.util.Locale.ROOT));
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\s+(?=\\p{Lu})");

    /**
     * Whether a name is a coordination group after its owner's possessive: "the UN Country Team's Task
     * Force on …" is an inter-agency mechanism, a programme, even when its owner is of the UN system.
     */
    static boolean ownedCoordinationGroup(String name) {
        java.util.regex.Matcher own = POSSESSIVE.matcher(name);
        return own.find() && isCoordinationGroup(WHITESPACE.matcher(name.substring(own.end())).replaceAll(" "));
    }

    /** The offset in a name where its part after an owner's possessive starts, or -1: "Country Team's |Task Force on …". */
    static int afterPossessive(String name) {
        java.util.regex.Matcher own = POSSESSIVE.matcher(name);
        return own.find() ? own.end() : -1;
    }

    /**
     * Heads of bodies that carry the UN's name without being part of its system: schools for its staff's
     * children, charities that raise support for it, national associations of its friends.
     */
    private static final Set<String> NAMED_FOR_THE_UN = Set.of("School", "Foundation", "Association", "Associations");

    private static final Pattern UN_COUNTRY_TEAM = Pattern.compile("\\b(?:UN|United\\s+Nations)\\s+Country\\s+Team\\b");

    /** A name that starts with "United Nations" or "UN", or ends "of the United Nations", is of the UN system: not a partner. */
    private static boolean isUnitedNations(String text, List<int[]> words, int left, int right) {
        // "a One UN Country Team context": the UN's own team in a country, whatever words open its name.
        if (UN_COUNTRY_TEAM.matcher(text.substring(words.get(left)[0], words.get(right)[1])).find())
            return true;
        String first = word(text, words.get(left));
        if (first.equals("UN") || first.equals("United") && left + 1 <= right && word(text, words.get(left + 1)).equals("Nations"))
            return true;
        // "Permanent Mission of Switzerland to the United Nations": a country's representation to the UN, not part of it.
        if (right - left >= 4 && word(text, words.get(right - 2)).equals("the") && word(text, words.get(right - 3)).equals("to"))
            return false;
        return right - left >= 2 && word(text, words.get(right)).equals("Nations") && word(text, words.get(right - 1)).equals("United");
    }

    /** Whether every word of {@code words[a, b)} is a connector or in {@code allowed}. */
    private static boolean onlyFrom(Set<String> allowed, String text, List<int[]> words, int a, int b) {
        for (int i = a; i < b; i++) {
            String w = word(text, words.get(i));
            if (!allowed.contains(w) && !INNER.contains(w))
                return false;
        }
        return true;
    }

    private Mention mention(String label, int start, int end) {
        // "the NGO Working Group on …": a group its name says NGOs make up is their coalition, a partner, not a mechanism.
        EntityType kind = type == EntityType.PARTNER && isCoordinationGroup(label) && !NGO_COALITION.matcher(label).lookingAt()
                ? EntityType.PROGRAMME : type;
        Entity entity = Entity.foundByPattern(kind, label, iris);
        return new Mention(entity, start, end, CONFIDENCE);
    }

    /**
     * A group its name says NGOs or civil society make up: "the NGO Working Group on …", "the Civil Society National
     * Reference Group" (the civil society members who advise a programme), "the National Civil Society Reference Group".
     */
    private static final Pattern NGO_COALITION = Pattern.compile(
            "(?:(?:National|Regional|Global|International|Country)\\s)?(?:NGO|NGOs|NGOs['’]|Non-Governmental\\sOrgani[sz]ations['’]?|Civil\\sSociety)\\s");

    private static final Pattern TEAMS_OF_ORGANISATIONS = Pattern.compile(
            "\\bHumanitarian\\s(?:Country\\s)?Team\\b|\\bJoint\\s(?:United\\sNations|UN)\\sTeam\\b");
    private static final Pattern SEXUAL_EXPLOITATION_AND_ABUSE = Pattern.compile("\\b(?:PSEA|PSEAH|PSEA/SH|Sexual Exploitation and Abuse)\\b");
    private static final Pattern THEMATIC_GROUP = Pattern.compile("\\b(?<!Action )(?:Network|Coalition|Group|Platform) on \\p{Lu}");

    /** "Thematic Working Group on Gender", "Global Coalition on Women and AIDS": inter-agency mechanisms, counted as programmes. */
    static boolean isCoordinationGroup(String label) {
        // "the National Anti-Human Trafficking Task Force", "the Counter-Trafficking Task Force in Ajara", "the Civilian Joint
        // Task Force": a state's standing body against a crime, or an armed one, takes part in the work as a partner.
        if (STATE_TASK_FORCE.matcher(label).find())
            return false;
        // "World Tourism Network on Child Protection": a network named for a theme convenes others on it. An "Action
        // Network on …" is not one: it names the campaigning coalition of civil-society groups itself, a partner
        // ("the International Action Network on Small Arms", "the Pesticide Action Network").
        if (THEMATIC_GROUP.matcher(label).find())
            return true;
        String[] words = label.split(" ");
        // "the PSEA Network", "the Prevention of Sexual Exploitation and Abuse Network": the humanitarian and UN system's
        // mechanism against sexual exploitation and abuse by its own staff and partners, which its members coordinate.
        if (words.length > 1 && GROUP_HEADS.contains(words[words.length - 1]) && SEXUAL_EXPLOITATION_AND_ABUSE.matcher(label).find())
            return true;
        // "the Vanuatu Humanitarian Team", "the Joint United Nations Team on AIDS": the humanitarian or UN organisations of
        // one place, brought together; a team of one organisation is named otherwise.
        if (words.length > 1 && TEAMS_OF_ORGANISATIONS.matcher(label).find())
            return true;
        // "the Monitoring and Reporting Mechanism", "a Regional Coordination Mechanism": an arrangement that others run
        // or report to, never a body that takes part in the work (the Residual Mechanism, an agency, is reference data).
        if (words.length > 1 && words[words.length - 1].equals("Mechanism"))
            return true;
        boolean group = false;
        boolean coordination = false;
        for (String w : words) {
            group |= GROUP_HEADS.contains(w);
            coordination |= COORDINATION_WORDS.contains(w);
        }
        // "the Inter-Agency Steering Committee on …": a committee of agencies is their coordination mechanism.
        boolean interAgency = false;
        boolean committee = false;
        for (String w : words) {
            interAgency |= INTER_AGENCY.contains(w);
            committee |= COMMITTEE_HEADS.contains(w);
        }
        return group && coordination || interAgency && committee;
    }

    /** Words that say a group coordinates entities: a "Global … Forum" of the UN is a meeting, no mechanism. */
    /** A task force named as a state's: "National … Task Force", "Anti-…"/"Counter-… Task Force", "… Joint Task Force". */
    private static final Pattern STATE_TASK_FORCE = Pattern.compile(
            "^(?!.*\\b(?:IASC|UN|United Nations|Inter-Agency|Interagency)\\b)(?:National\\b.*|.*\\b(?:Anti|Counter)-\\S+.*|.*\\bJoint)\\s+Task\\s+Force$");
    private static final Set<String> SYSTEM_COORDINATION_WORDS = Set.of("Inter-Agency", "Interagency", "Inter-agency", "Working",
            "Task", "Coordination", "Coordinating", "Theme", "Thematic");

    /** Whether a name the UN's name opens is a coordination group of the system's entities: "UN Inter-Agency Network on …". */
    private static boolean systemCoordinationGroup(String label) {
        if (!isCoordinationGroup(label))
            return false;
        for (String w : label.split(" "))
            if (SYSTEM_COORDINATION_WORDS.contains(w))
                return true;
        return false;
    }

    private static final Set<String> INTER_AGENCY = Set.of("Inter-Agency", "Interagency", "Inter-agency", "Inter-Agencies");
    private static final Set<String> COMMITTEE_HEADS = Set.of("Committee", "Board", "Team", "Council", "Panel");

    /** Plural heads that name one body for each part of their complement, and the singular each body is named with. */
    private static final Map<String, String> SINGULAR_HEADS = Map.of("Ministries", "Ministry", "Offices", "Office",
            "Departments", "Department", "Governments", "Government", "Embassies", "Embassy", "Missions", "Mission",
            "Assemblies", "Assembly");

    static boolean isPlural(String head) {
        return SINGULAR_HEADS.containsKey(head);
    }

    /**
     * The parts of a coordinated complement, each with its connector: "of Health and Education"
     * gives "of Health", "of Education"; where commas list the parts, each part may hold an "and"
     * ("of Justice, Defence and Veterans' Affairs, and Health").
     */
    private static List<String> complementParts(String text, List<int[]> words, int h, int right) {
        String connector = word(text, words.get(h + 1));
        int first = h + 2;
        if (first <= right && word(text, words.get(first)).equals("the"))
            first++;
        String prefix = connector + (first > h + 2 ? " the" : "");
        String complement = WHITESPACE.matcher(text.substring(words.get(Math.min(first, right))[0], words.get(right)[1])).replaceAll(" ");
        List<String> parts = new ArrayList<>();
        // With commas, the commas (and a last ", and") part the list: "Defence and Veterans' Affairs, Justice, and Health".
        // Where "and the" parts the list, a bare "and" stays inside a part: "the Governments of Canada and the United
        // Kingdom of Great Britain and Northern Ireland".
        // A list closed by ", and" ends in one part that may hold commas of its own: "Justice, Health, and Gender, Child
        // and Social Welfare" gives "Justice", "Health", "Gender, Child and Social Welfare".
        int lastAnd = complement.lastIndexOf(", and ");
        if (lastAnd > 0 && complement.indexOf(',', lastAnd + 6) > 0) {
            for (String part : complement.substring(0, lastAnd).split("\\s*,\\s*"))
                if (!part.isBlank())
                    parts.add(prefix + " " + part.strip());
            parts.add(prefix + " " + complement.substring(lastAnd + 6).strip());
            return parts;
        }
        String separators = complement.contains(",") ? "\\s*,\\s*(?:and\\s+)?"
                : complement.contains(" and the ") ? "\\s+and\\s+(?=the\\s)" : "\\s+and\\s+|\\s*&\\s*";
        List<String> pieces = new ArrayList<>(List.of(complement.split(separators)));
        // "of Justice, Health and Finance": without a serial comma, the list's last "and" parts its last two.
        int n = pieces.size() - 1;
        if (complement.contains(",") && lastAnd < 0 && n > 0 && pieces.get(n).contains(" and ")) {
            // "of the Netherlands, Switzerland, Germany and the United States": an "and the" parts the last two first,
            // so that "… and the United Kingdom of Great Britain and Northern Ireland" stays one part.
            String tail = pieces.remove(n);
            int and = tail.contains(" and the ") ? tail.indexOf(" and the ") : tail.lastIndexOf(" and ");
            pieces.add(tail.substring(0, and));
            pieces.add(tail.substring(and + 5));
        }
        // "the Ministries of Foreign Affairs of Sweden, Norway and Denmark": the list is of the field's owners, so each later
        // part takes the first part's field ("Foreign Affairs of Norway").
        int of = pieces.get(0).lastIndexOf(" of ");
        if (of > 0 && pieces.size() > 1 && pieces.stream().skip(1).noneMatch(p -> p.contains(" of "))) {
            String field = pieces.get(0).substring(0, of + 4);
            for (int i = 1; i < pieces.size(); i++)
                pieces.set(i, field + pieces.get(i).strip());
        }
        // "the Governments of the Netherlands, Norway and Finland": the article is the first part's alone.
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i).strip();
            // "of Justice and of the Family": a part that says its connector again keeps its own.
            if (piece.startsWith(connector + " "))
                parts.add(piece);
            else if (!piece.isBlank())
                // "the Governments of the United Kingdom and Australia": the article is the first part's alone, with
                // commas or without; a later part that has one of its own says it ("… and the United States").
                parts.add((i == 0 ? prefix : connector) + " " + piece);
        }
        return parts.isEmpty() ? List.of(prefix + " " + complement) : parts;
    }

    /**
     * An organisation's head noun in the possessive, "Ministry's" or "Police’s": the owner of the body named next. Not
     * an office holder's: "the Prosecutor's Office", "the Ombudsman's Office" are names in their own right.
     */
    private static boolean isHeadPossessive(String word) {
        String head = possessiveStem(word);
        return head != null && PARTNER_HEADS.contains(head) && !OFFICE_HOLDERS.contains(head);
    }

    /** An acronym's possessive with lowercase letters in it, as ministries' acronyms have them: "MoIA's", "MoGCSP’s". */
    private static boolean isMixedAcronymPossessive(String word) {
        String stem = possessiveStem(word);
        if (stem == null || !Character.isUpperCase(stem.charAt(0)))
            return false;
        long upper = stem.chars().filter(Character::isUpperCase).count();
        long lower = stem.chars().filter(Character::isLowerCase).count();
        return upper >= 2 && upper > lower && stem.chars().allMatch(Character::isLetter);
    }

    /** Heads that name a person holding an office, whose possessive begins the office's own name. */
    private static final Set<String> OFFICE_HOLDERS = Set.of("Prosecutor", "Ombudsman", "Ombudsperson");

    /** An acronym's possessive, "KRG's" or "PA’s": the owner of the body named next, not part of its name. */
    private static boolean isAcronymPossessive(String word) {
        String stem = possessiveStem(word);
        return stem != null && stem.chars().allMatch(Character::isUpperCase);
    }

    /** The word before its possessive "'s" or "’s" ("KRG" of "KRG's"), two letters at least; null if it is none. */
    private static String possessiveStem(String word) {
        int n = word.length();
        if (n < 4 || word.charAt(n - 1) != 's' || word.charAt(n - 2) != '\'' && word.charAt(n - 2) != '\u2019')
            return null;
        return word.substring(0, n - 2);
    }

    /** One body's name from a plural head: "Offices of the Prosecutor General" is the Office of the Prosecutor General. */
    private static String singular(String fromHead) {
        int space = fromHead.indexOf(' ');
        String head = space < 0 ? fromHead : fromHead.substring(0, space);
        String rest = space < 0 ? "" : fromHead.substring(space);
        return SINGULAR_HEADS.getOrDefault(head, head) + rest;
    }

    /** Verbs that open the rest of a programme's title after its head: "Trust Facility Supporting Cooperation on Arms Regulation". */
    private static final Set<String> TITLE_VERBS = Set.of(
            "Supporting", "Promoting", "Strengthening", "Addressing", "Advancing", "Ending", "Preventing", "Empowering",
            "Enhancing", "Improving", "Combating", "Combatting", "Countering", "Eliminating", "Protecting", "Fighting",
            "Tackling", "Reducing", "Accelerating", "Fostering", "Engaging", "Mobilizing", "Mobilising");

    /** Whether a programme's head is followed by a verb of its title, itself followed by a capitalised word. */
    static boolean titleVerbFollows(String text, List<int[]> words, int h, boolean programme) {
        return programme && h + 2 < words.size() && onlySpaceBetween(text, words, h, h + 1)
                && TITLE_VERBS.contains(word(text, words.get(h + 1))) && onlySpaceBetween(text, words, h + 1, h + 2)
                && isCapitalised(word(text, words.get(h + 2)));
    }

    /** Whether word {@code k} of a title is a verb that "the" may follow: a gerund ("Strengthening") or an infinitive after "to". */
    static boolean takesAnObject(String text, List<int[]> words, int k) {
        return word(text, words.get(k)).endsWith("ing") || k > 0 && word(text, words.get(k - 1)).equals("to");
    }

    /**
     * Plans that an organisation runs, as it runs a programme: response plans ("the Regional Migrant Response Plan for the
     * Horn of Africa and Yemen", "the Haiti Crisis Response Plan"), the UN's development assistance plans (UNDAP) and
     * peacebuilding priority plans. A government's action or strategic plan is a policy it adopts, no programme.
     */
    private static final Set<String> RUN_PLAN_KINDS = Set.of("Response", "Assistance", "Priority");

    /** Whether word {@code h} is "Plan" after one of {@link #RUN_PLAN_KINDS}: the head of a programme's name. */
    private static boolean runPlan(String text, List<int[]> words, int h) {
        return word(text, words.get(h)).equals("Plan") && h > 0 && onlySpaceBetween(text, words, h - 1, h)
                && RUN_PLAN_KINDS.contains(word(text, words.get(h - 1)));
    }

    /** A head followed by another capitalised word is a modifier ("Expert Group Meeting"), not a head. */
    private static boolean continuesName(String text, List<int[]> words, int h) {
        return h + 1 < words.size() && onlySpaceBetween(text, words, h, h + 1) && isCapitalised(word(text, words.get(h + 1)));
    }

    /** A word that says who pays for or runs what follows: "EU-funded", "UNDP-supported", "government-led". */
    private static final Pattern PAID_OR_RUN_BY = Pattern.compile("[\\p{L}\\p{N}.]+[-\u2010\u2011](?:funded|supported|backed|financed|sponsored|led|run|managed)");

    /** The first word of the name whose head is at {@code h}; never before {@code floor}, where the last name ended. */
    private static int extendLeft(String text, List<int[]> words, int h, int floor) {
        int left = h;
        while (left > floor && h - left < MAX_NAME_WORDS
                && (onlySpaceBetween(text, words, left - 1, left) || dottedAbbreviationBefore(text, words, left)
                        // "Sexual & Reproductive Health Working Group": a spaced ampersand between two capitalised words ("Lumen
                        // &Co": one glued to the next word ends another name).
                        || ampersandBetween(text, words, left - 1, left) && Character.isWhitespace(text.charAt(words.get(left)[0] - 1))
                                && isCapitalised(word(text, words.get(left - 1))))) {
            String previous = word(text, words.get(left - 1));
            if (isCapitalised(previous)) {
                left--;

            } else if (INNER.contains(previous) && (!previous.equals("the") || left - 2 >= floor && takesAnObject(text, words, left - 2))
                    && left - 2 >= floor && onlySpaceBetween(text, words, left - 2, left - 1)
                    && isCapitalised(word(text, words.get(left - 2)))
                    && (!isPossessive(word(text, words.get(left)))
                            || LowercaseHeadProgrammeRecogniser.COMMON_POSSESSIVES.contains(word(text, words.get(left))))
                    && !((previous.equals("and") || previous.equals("the")) && Acronyms.is(word(text, words.get(left - 2)))
                            && !LIVING_WITH.contains(word(text, words.get(left - 2)))
                            && !TOPIC_ACRONYMS.contains(word(text, words.get(left - 2))))) {
                // "IATA and Airports Council International", "WFP the Food Security Cluster": an acronym before "and" or
                // "the" names an organisation of its own.
                // "National and Migration Police"; but "… Affairs and Bangladesh's Ministry" starts a second name.
                // A bare "the" after a capitalised word joins no name ("In central Mali the Office supported …"): inside
                // an English name "the" follows a connector ("Ministry of the Interior") or a title's verb ("The
                // Strengthening the Rule of Law … Programme"). "Women's" after "and" is a word of the same name ("Equal
                // Opportunities and Women's Rights … Programme"), as other possessives are not.
                left -= 2;
            } else {
                break;
            }
        }
        left = listBeforeTheHead(text, words, left, h, floor);
        while (left < h && (NOT_NAME_START.contains(word(text, words.get(left))) && !allAfterTheArticle(text, words, left)
                || SENTENCE_PREPOSITIONS.contains(word(text, words.get(left)))))
            left++;
        // "the Secretary-General's Africa-wide Campaign": the office holder is not part of the name.
        // "the Ministry's Criminal Investigation Department": a body named by its head alone owns the unit named next.
        while (left < h && (ROLE_POSSESSORS.contains(word(text, words.get(left))) || isAcronymPossessive(word(text, words.get(left)))
                || isHeadPossessive(word(text, words.get(left)))))
            left++;
        // "the EU-funded Deliver Justice Project": who pays for or runs it, written onto a participle, is no word of the name.
        // "MoIA's Gender Mainstreaming Unit": the owner named by its acronym in the possessive before the unit is not part
        // of the unit's name (a name's own possessive stays: "the Supreme Court's Training Center").
        for (int k = h - 1; k >= left; k--) {
            String w = word(text, words.get(k));
            if (PAID_OR_RUN_BY.matcher(w).matches() || isMixedAcronymPossessive(w)) {
                left = k + 1;
                break;
            }
        }
        while (left < h && !isCapitalised(word(text, words.get(left))))
            left++;
        return left;
    }

    /**
     * Where a name whose modifiers end a list ("… Reconciliation and Reparations Commission") begins:
     * at the list's first item, when capitalised items parted by commas run back to "the" ("the
     * Truth, Reconciliation and Reparations Commission", "the Peace, Security and Reconciliation
     * Office"); else at {@code left}. Only after "the": without it the items are more often names of
     * their own ("In Mali, Niger and Chad …").
     */
    private static int listBeforeTheHead(String text, List<int[]> words, int left, int h, int floor) {
        boolean and = false;
        for (int i = left; i < h; i++)
            and |= word(text, words.get(i)).equals("and");
        if (!and)
            return left;
        int l = left;
        while (l - 1 > floor && commaBetween(text, words, l - 1, l) && isPlainCapitalised(word(text, words.get(l - 1)))) {
            int item = l - 1;
            while (item - 1 > floor && onlySpaceBetween(text, words, item - 1, item) && isPlainCapitalised(word(text, words.get(item - 1))))
                item--;
            if (onlySpaceBetween(text, words, item - 1, item) && word(text, words.get(item - 1)).equalsIgnoreCase("the"))
                return item;
            l = item;
        }
        return left;
    }

    /**
     * Whether a capitalised "All" follows "the": "the All Political Parties Women's Association", "the All
     * Pakistan Women's Association" open with it, since "the" never stands before a determiner "All".
     */
    private static boolean allAfterTheArticle(String text, List<int[]> words, int at) {
        return word(text, words.get(at)).equals("All") && at > 0 && onlySpaceBetween(text, words, at - 1, at)
                && word(text, words.get(at - 1)).equals("the");
    }

    static boolean isPossessive(String w) {
        return w.endsWith("'s") || w.endsWith("\u2019s");
    }

    /** Whether the word before {@code b} is a dotted abbreviation ending in its own stop: "the U.S. Mission", "the U.K. Embassy". */
    static boolean dottedAbbreviationBefore(String text, List<int[]> words, int b) {
        String previous = word(text, words.get(b - 1));
        String between = text.substring(words.get(b - 1)[1], words.get(b)[0]);
        // "St. Augustine University": a saint's abbreviated title opens the name, unless a sentence begins after it.
        if (SAINT_ABBREVIATIONS.contains(previous) && between.startsWith(".") && between.substring(1).equals(" ")
                && !NOT_NAME_START.contains(word(text, words.get(b))))
            return true;
        return previous.length() <= 5 && previous.indexOf('.') > 0 && previous.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && between.startsWith(".") && between.substring(1).isBlank() && !between.substring(1).isEmpty();
    }

}
