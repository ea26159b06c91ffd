package org.evaw.mapping.recognise;

import static org.evaw.mapping.recognise.OrganisationPatternRecogniser.*;
import static org.evaw.mapping.recognise.WordSpans.*;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads, from the head of a name that {@link OrganisationPatternRecogniser} found, how far the name goes on to the
 * right: its complements ("Ministry of Labour, Invalids and Social Affairs", "Legal Aid Department of the Ministry of
 * Justice", "Network of People Living with HIV"), and where the sentence takes over again ("the Government of Yemen
 * and Ansar Allah" is two names).
 */
final class NameComplementReader {
    private NameComplementReader() {
    }

    /** Nouns of a relation that "with" completes inside a name: "National Committee for Coordination with …". */
    private static final Set<String> RELATION_NOUNS = Set.of("Coordination", "Cooperation", "Co-operation", "Liaison", "Relations",
            "Partnership", "Dialogue", "Solidarity", "Friendship");

    /** Heads whose complement may be a list: "Ministry of Labour, Invalids and Social Affairs". */
    private static final Set<String> LIST_COMPLEMENT = Set.of("Ministry", "Ministries", "Department", "Departments", "Bureau",
            // "the Unit for Suppression of Prostitution, Begging, Child Labour and Vagrancy": what a police unit deals with.
            "Unit",
            // "the State Committee for Family, Women and Children's Affairs", "the National Commission for the Advancement of
            // Women, Mothers and Children", "the Council on the Rights of Women, Children, and Gender Equality": whom a
            // government's committee, commission or council is for.
            "Committee", "Commission", "Council",
            // Programmes' titles list their aims: "Joint Programme on … for Food Security, Improved Nutrition and Sustainable Agriculture".
            "Programme", "Program", "Initiative", "Project", "Platform",
            // "the Partnership for Maternal, Newborn & Child Health": what a partnership is for, listed.
            "Partnership",
            // "the City Centre for Social Services for Families, Children and Youth", "the Cairo Lab for Urban Studies,
            // Training and Environmental Research": whom a centre serves, what a lab studies.
            "Centre", "Center", "Lab",
            // "the Division of Education, Youth Affairs and Sport", "the Arab Academy for Science, Technology and Maritime
            // Transport", "the Institute of State, Law and Democracy", "the Caribbean Coalition on Women, Girls and AIDS", "the
            // Task Team on Women, Girls, Gender Equality and HIV", "the Kenya Union of Domestic, Hotels, … and Allied Workers":
            // what a division or directorate runs, what an academy or institute teaches, whom a coalition, team or union is for.
            "Division", "Directorate", "Academy", "Institute", "Coalition", "Team", "Union");

    /**
     * Abbreviations that end a country's short name ("Lao PDR", "Hong Kong SAR"), so a name's
     * complement goes on over them: "the People's Supreme Court of the Lao PDR".
     */
    private static final Set<String> COUNTRY_NAME_ABBREVIATIONS = Set.of("PDR", "SAR");

    /** Heads inside a name's complement whose own complement may be a list: "… Directorate of the Ministry of Labour, Employment and Social Policy". */
    private static final Set<String> NESTED_LIST_HEADS = Set.of("Ministry", "Department", "Bureau");

    /** Countries' abbreviations that open a state body's name inside a complement: "… of the US Department of State". */
    private static final Set<String> COUNTRY_ABBREVIATIONS = Set.of("US", "U.S", "UK", "U.K");

    /** Heads of the bodies that a name may place "under" a state's president, government or ministry. */
    private static final Set<String> SUBORDINATE_HEADS = Set.of("Commission", "Committee", "Council", "Agency", "Service",
            "Centre", "Center", "Office", "Inspectorate", "Department",
            // "the Higher School of Justice under the Supreme Court", "the Higher Educational Courses under the General
            // Prosecutor's Office": a state's schools and training bodies.
            "School", "Courses", "Institute", "Academy");
    /** Whom such a body answers to: "under the President", "under the Government", "under the Cabinet of Ministers". */
    private static final Set<String> SUPERIORS = Set.of("President", "Government", "Cabinet", "Ministry", "Prime", "Office",
            "Council", "Presidency", "Administration",
            // "under the Supreme Court of Uzbekistan", "under the General Prosecutor's Office", "under the Akim of Almaty City".
            "Supreme", "General", "Prosecutor's", "Akim", "Akimat");

    /** Units, centres and desks that an organisation hosts, named with it after "at". */
    private static final Set<String> HOSTED_HEADS = Set.of("Unit", "Department", "Centre", "Center", "Initiative", "Institute",
            "Office", "Desk", "Lab", "Laboratory", "Clinic", "Section", "Division", "Secretariat");

    /**
     * Whether "at" at {@code k} leads from a hosted unit's head to its host, an organisation named by its head:
     * "the Gender, Health and Justice Research Unit at the University of Cape Town", "the Department for Women's
     * Empowerment at the Council of Ministers", "the Training Center at the Bar".
     */
    private static boolean hostAhead(String text, List<int[]> words, int h, int k) {
        if (!HOSTED_HEADS.contains(word(text, words.get(h))))
            return false;
        int n = k + 1;
        if (n < words.size() && word(text, words.get(n)).equals("the") && onlySpaceBetween(text, words, k, n))
            n++;
        if (n >= words.size() || !onlySpaceBetween(text, words, n - 1, n))
            return false;
        String host = word(text, words.get(n));
        return OrganisationPatternRecogniser.isHead(host) || ONE_PER_COUNTRY.contains(host) || host.equals("Bar");
    }

    /** Whether "under" at {@code k} is followed by "the" and one of {@link #SUPERIORS}. */
    private static boolean superiorAhead(String text, List<int[]> words, int k) {
        return k + 2 < words.size() && word(text, words.get(k + 1)).equals("the") && onlySpaceBetween(text, words, k, k + 1)
                && onlySpaceBetween(text, words, k + 1, k + 2) && SUPERIORS.contains(word(text, words.get(k + 2)));
    }

    /** Small words inside places' names, between two capitalised words: "Dar es Salaam", "Rio de Janeiro", "Porto do Son". */
    private static final Set<String> PLACE_PARTICLES = Set.of("es", "de", "da", "do", "du", "del", "dos", "das");

    /** Heads whose complement may name a campus after "at": "the University of Texas at Austin". */
    private static final Set<String> CAMPUS_HEADS = Set.of("University", "College");

    /**
     * Whether the acronym at {@code k} is the topic a body is for: right after "on" after the head ("the Special
     * Parliamentary Committee on GBV") or as the object of a verb after "to" ("the Coalition of Parliamentarians to End GBV").
     */
    private static boolean topicObject(String text, List<int[]> words, int h, int k) {
        if (!TOPIC_ACRONYMS.contains(word(text, words.get(k))))
            return false;
        String before = word(text, words.get(k - 1));
        return before.equals("on") && k - 1 == h + 1
                || k >= 2 && word(text, words.get(k - 2)).equals("to") && isCapitalised(before) && !Acronyms.is(before);
    }

    /** Whether a capitalised gerund stands among words {@code (h, k)}: "… on Empowering …", "Strengthening …". */
    private static boolean gerundBetween(String text, List<int[]> words, int h, int k) {
        for (int i = h + 1; i < k; i++) {
            String w = word(text, words.get(i));
            if (w.length() > 5 && w.endsWith("ing") && Character.isUpperCase(w.codePointAt(0)))
                return true;
        }
        return false;
    }

    /** Whether word {@code k + 1} follows word {@code k} after a space and is capitalised, no acronym. */
    private static boolean capitalisedWordAfter(String text, List<int[]> words, int k) {
        return k + 1 < words.size() && onlySpaceBetween(text, words, k, k + 1) && capitalisedNoAcronym(text, words, k + 1);
    }

    /** Whether word {@code k} exists and is capitalised, no acronym. */
    private static boolean capitalisedNoAcronym(String text, List<int[]> words, int k) {
        return k < words.size() && isCapitalised(word(text, words.get(k))) && !Acronyms.is(word(text, words.get(k)));
    }

    /** Months' names, which follow a name's complement as a date, no part of it. */
    private static final Set<String> MONTH_NAMES = WordList.of("months");

    /** Bodies a country has one of, which "the" alone names: "the Police", "the Judiciary", "the Parliament". */
    private static final Set<String> ONE_PER_COUNTRY = Set.of("Police", "Judiciary", "Parliament", "Presidency", "Army", "Senate",
            "Congress", "Gendarmerie", "Forces");

    /** Titles before a person's name: "Dr Nata Duvvury", "Ms Amina …". */
    private static final Set<String> HONORIFICS = Set.of("Dr", "Mr", "Mrs", "Ms", "Prof", "Professor", "Dame", "Sir");

    /**
     * Titles of a post's one holder ("Coordinator", "Rapporteur"): after "and" in a complement they open a second office's
     * name. Not the plurals, which name whom a body is for ("Academy of Judges and Public Prosecutors").
     */
    private static final Set<String> POST_TITLES = WordList.of("post-titles").stream().filter(t -> !t.endsWith("s"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** An Arabic article joined to the capitalised word after it: "al-Daraj", "El-Nadim". */
    private static final Pattern ARTICLE = Pattern.compile("(?:al|el|Al|El)-\\p{Lu}");

    /**
     * The last word of the name whose head is word {@code h}: the head with its complements ("of …", "for …", "on …",
     * "against …", "to …"), their lists and the words that go on inside them. {@code programme} lets a verb of a
     * programme's title follow its head ("Trust Facility Supporting Cooperation on …").
     */
    static int end(String text, List<int[]> words, int h, boolean programme) {
        boolean closed = closedByAcronym(text, words, h);
        boolean listAllowed = LIST_COMPLEMENT.contains(word(text, words.get(h))) || closed;
        boolean plural = isPlural(word(text, words.get(h)));
        boolean organ = ORGAN_HEADS.contains(word(text, words.get(h)));
        int right = h;
        // An Arabic article opens the name that follows the head: "Charitable Program Center Society al-Daraj".
        if (h + 1 < words.size() && onlySpaceBetween(text, words, h, h + 1) && ARTICLE.matcher(word(text, words.get(h + 1))).lookingAt())
            right = h + 1;
        while (right - h < MAX_NAME_WORDS && !(organ && right > h && ORGAN_FUNCTIONS.contains(word(text, words.get(right))))) {
            int k = right + 1;
            if (k >= words.size() || !onlySpaceBetween(text, words, right, k))
                break;
            String connector = word(text, words.get(k));
            boolean titleVerb = right == h && titleVerbFollows(text, words, h, programme);
            boolean atItsHost = connector.equals("at") && hostAhead(text, words, h, k);
            if (!connector.equals("of") && !connector.equals("for") && !connector.equals("on") && !connector.equals("against")
                    && !connector.equals("to") && !titleVerb && !atItsHost)
                break;
            // "the Government of Sierra Leone against SGBV": a government's complement is its country; what follows says
            // what it does (here and inside the complement below).
            if (right > h && word(text, words.get(h)).equals("Government") && !connector.equals("of"))
                break;
            k++;
            boolean article = k < words.size() && word(text, words.get(k)).equals("the") && onlySpaceBetween(text, words, k - 1, k);
            if (article)
                k++;
            int first = k;
            int last = -1;
            boolean ministry = MINISTRY_HEADS.contains(word(text, words.get(h)));
            boolean government = word(text, words.get(h)).equals("Government");
            // A country named by its acronym completes a government's or an embassy's name: "the Government of the DRC".
            if (right == h && NEEDS_COMPLEMENT.contains(word(text, words.get(h))) && connector.equals("of") && k < words.size()
                    && onlySpaceBetween(text, words, k - 1, k) && Acronyms.is(word(text, words.get(k)))) {
                right = k;
                break;
            }
            while (k < words.size() && k - h < MAX_NAME_WORDS) {
                // "… of the U.S. Department of State": a country's dotted abbreviation, its stop no sentence's end.
                boolean spaced = onlySpaceBetween(text, words, k - 1, k)
                        || last == k - 1 && COUNTRY_ABBREVIATIONS.contains(word(text, words.get(k - 1))) && dottedAbbreviationBefore(text, words, k);
                String w = word(text, words.get(k));
                if (spaced && isCapitalised(w) && (!Acronyms.is(w) || word(text, words.get(k - 1)).equals("against")
                        || topicObject(text, words, h, k) || COUNTRY_ABBREVIATIONS.contains(w)
                                && (capitalisedWordAfter(text, words, k) || dottedAbbreviationBefore(text, words, k + 1)
                                        && capitalisedNoAcronym(text, words, k + 1))
                        || word(text, words.get(k - 1)).equals("for") && NATIONAL_COMMISSION_FOR.contains(word(text, words.get(h)))
                        || last >= 0 && COUNTRY_NAME_ABBREVIATIONS.contains(w) || LIVING_WITH.contains(w))) {
                    last = k;
                    k++;
                    // "the Gender Equality Directorate of the Ministry of Labour, Employment and Social Policy": the
                    // ministry in the complement may list its fields, as it may when it heads the name.
                    if (NESTED_LIST_HEADS.contains(w))
                        listAllowed = true;
                    // "the Board of Directors of the … Trust": the organ's name ends at its function; the organisation after
                    // it is a name of its own.
                    if (organ && ORGAN_FUNCTIONS.contains(w))
                        break;
                } else if (spaced && last >= 0 && w.equals("with") && k + 1 < words.size() && onlySpaceBetween(text, words, k, k + 1)
                        && LIVING_WITH.contains(word(text, words.get(k + 1)))) {
                    // "Network of People Living with HIV", "Union of Persons with Disabilities".
                    last = k + 1;
                    k += 2;
                } else if (programme && spaced && last == k - 1 && w.equals("through") && gerundBetween(text, words, h, k)
                        && capitalisedWordAfter(text, words, k)) {
                    // "Joint Programme on Empowering Adolescent Girls and Young Women through Education": a title's verb says
                    // by what means, and the means are the title's too.
                    k++;
                } else if (spaced && last >= 0 && w.equals("under") && SUBORDINATE_HEADS.contains(word(text, words.get(h)))
                        && superiorAhead(text, words, k)) {
                    // "the National Commission for Women Affairs, Family and Demographic Policy under the President of the Republic
                    // of Kazakhstan": whom a commission or committee answers to is part of its name, as post-Soviet states write it.
                    k += 2;
                } else if (spaced && last == k - 1 && PLACE_PARTICLES.contains(w) && capitalisedWordAfter(text, words, k)) {
                    // "the University of Dar es Salaam", "the Federal University of Rio de Janeiro": a place's own small word.
                    last = k + 1;
                    k += 2;
                } else if (spaced && last == k - 1 && w.equals("at") && CAMPUS_HEADS.contains(word(text, words.get(h)))
                        && capitalisedWordAfter(text, words, k)) {
                    // "the University of Texas at Austin": a university's campus is part of its name.
                    last = k + 1;
                    k += 2;
                } else if (spaced && last >= 0 && w.equals("with") && RELATION_NOUNS.contains(word(text, words.get(last)))
                        && k + 1 < words.size() && onlySpaceBetween(text, words, k, k + 1) && isCapitalised(word(text, words.get(k + 1)))) {
                    // "National Committee for Coordination with Civil Society": "with" completes the relation the name is for.
                    if (Acronyms.is(word(text, words.get(k + 1)))) {
                        last = k + 1;
                        k += 2;
                    } else {
                        k++;
                    }
                } else if (spaced && last >= 0 && ministry && w.equals("and") && fieldOfAMinistry(text, words, k)) {
                    // "Ministry of Interior and Police", "Ministry of Defence and Armed Forces": a field, not a second body.
                    last = fieldEnd(text, words, k);
                    k = last + 1;
                } else if (spaced && last >= 0 && government && w.equals("and") && !countryWithAnd(text, words, last, k)) {
                    // "the Government of Yemen and Ansar Allah": a government's complement is its country, so an "and"
                    // joins a second name, unless the country's own name holds it ("Trinidad and Tobago").
                    break;
                } else if (plural && spaced && last >= 0 && w.equals("and") && k + 2 < words.size() && onlySpaceBetween(text, words, k, k + 1)
                        && word(text, words.get(k + 1)).equals(connector) && continuesComplement(text, words, k + 1)) {
                    // "the Ministries of Justice and of the Family": the connector said again before the second complement.
                    k += 2;
                    if (word(text, words.get(k)).equals("the"))
                        k++;
                } else if (last >= 0 && ampersandBetween(text, words, k - 1, k) && isPlainCapitalised(w)) {
                    // "… Newborn & Child Health": an ampersand joins two words of the complement.
                    last = k;
                    k++;
                } else if (spaced && last >= 0 && INNER.contains(w) && !(w.equals("the") && k - 1 == last && !takesAnObject(text, words, last))
                        && !(government && (w.equals("against") || w.equals("for") || w.equals("on") || w.equals("to")))
                        && continuesComplement(text, words, k)) {
                    // "of the" goes on, and a verb's object ("for Strengthening the Rule of Law", "to Strengthen the …"); a bare "the" after the
                    // complement's noun opens the sentence's next phrase ("with the Embassy of Norway the Ministry handed out …").
                    k++;
                } else if (plural && last >= 0 && commaBetween(text, words, k - 1, k) && (w.equals("and")
                        ? k + 1 < words.size() && isPlainCapitalised(word(text, words.get(k + 1)))
                        : isPlainCapitalised(w))) {
                    // "the Ministries of Foreign Affairs, Justice, Interior, and Health": a list of complements.
                    if (!w.equals("and"))
                        last = k;
                    k++;
                } else if (last >= 0 && commaBetween(text, words, k - 1, k) && agendaPhraseEnd(text, words, last, k) > 0) {
                    // "NGO Working Group on Women, Peace and Security": the agenda's name is one phrase, its comma inside it.
                    last = agendaPhraseEnd(text, words, last, k);
                    k = last + 1;
                } else if (listAllowed && last >= 0 && commaBetween(text, words, k - 1, k) && closesList(text, words, k)) {
                    // "Ministry of Labour, Invalids and Social Affairs": a comma inside the complement, closed by "and";
                    // "Bureau of Population, Refugees, and Migration": the list's last comma before its "and" too.
                    if (!w.equals("and"))
                        last = k;
                    k++;
                } else if (closed && last >= 0 && commaBetween(text, words, k - 1, k) && closedItemEnd(text, words, k) >= 0) {
                    // "… in the Great Lakes Region, the Horn of Africa and Bordering States (RECSA)": the acronym closes the list.
                    last = closedItemEnd(text, words, k);
                    k = last + 1;
                } else {
                    break;
                }
            }
            if (last < 0)
                break;
            // "the SGBV Crimes Unit of the Ministry": a bare head after "the" is a body the text named before, no part of this name.
            // "… Agency of the Government", "… Support Unit of the Police" keep the country's one government or police.
            if (article && last == first && PARTNER_HEADS.contains(word(text, words.get(first)))
                    && !NEEDS_COMPLEMENT.contains(word(text, words.get(first))) && !ONE_PER_COUNTRY.contains(word(text, words.get(first))))
                break;
            // "the Joint Positive Masculinity Project for Armenian men": a people's adjective before a lowercase noun says whom
            // the work is for, in the sentence's words; the complement is no part of the name.
            if (last + 1 < words.size() && onlySpaceBetween(text, words, last, last + 1) && DEMONYM.matcher(word(text, words.get(last))).matches()
                    && Character.isLowerCase(word(text, words.get(last + 1)).codePointAt(0)) && !INNER.contains(word(text, words.get(last + 1))))
                break;
            right = last;
        }
        return right;
    }

    /**
     * An adjective of a people or a country: "Armenian", "Congolese", "Turkish", "Mexican". Not the ending "-i" ("Iraqi"),
     * which countries' names share ("the Government of Haiti to …", "Malawi").
     */
    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:ian|ean|ese|ish|ican)|Afghan");

    /** Who the UN's peace and security agendas are named for: "Women, Peace and Security", "Youth, Peace and Security". */
    private static final Set<String> AGENDA_SUBJECTS = Set.of("Women", "Youth", "Children");

    /**
     * The last word of "Peace and Security" at {@code k} after the subject of an agenda at {@code last}
     * and a comma ("Women, Peace and Security"), or -1 if the words there are not that.
     */
    private static int agendaPhraseEnd(String text, List<int[]> words, int last, int k) {
        if (!AGENDA_SUBJECTS.contains(word(text, words.get(last))) || k + 2 >= words.size())
            return -1;
        return word(text, words.get(k)).equals("Peace") && word(text, words.get(k + 1)).equals("and")
                && word(text, words.get(k + 2)).equals("Security") && onlySpaceBetween(text, words, k, k + 1)
                && onlySpaceBetween(text, words, k + 1, k + 2) ? k + 2 : -1;
    }

    /** The words either side of the "and" in the names of countries and territories that hold one. */
    private static final Set<String> COUNTRY_AND_PAIRS = Set.of("Antigua|Barbuda", "Bosnia|Herzegovina", "Kitts|Nevis",
            "Vincent|Grenadines", "Tome|Principe", "Tomé|Príncipe", "Trinidad|Tobago", "Britain|Northern", "Turks|Caicos",
            "Wallis|Futuna", "Island|McDonald", "Svalbard|Jan", "Ashmore|Cartier");

    /** Whether the "and" at {@code k} is inside a country's name: "Bosnia and Herzegovina", "Saint Vincent and the Grenadines". */
    private static boolean countryWithAnd(String text, List<int[]> words, int last, int k) {
        int next = k + 1;
        if (next < words.size() && word(text, words.get(next)).equals("the"))
            next++;
        return next < words.size() && COUNTRY_AND_PAIRS.contains(word(text, words.get(last)) + "|" + word(text, words.get(next)));
    }

    /** Heads of a government's ministries and departments, whose complement names the fields they are for. */
    private static final Set<String> MINISTRY_HEADS = Set.of("Ministry", "Department", "Secretariat", "Ministère", "Ministerio");
    /** Heads that, alone after a ministry's "and", name one more of its fields: "Ministry of Interior and Police". */
    private static final Set<String> FIELD_HEADS = Set.of("Police", "Forces");

    /**
     * Whether "and" at {@code k} leads to a field of the ministry's complement rather than to a second body: a
     * bare "Police" or "Armed Forces" with no capitalised word after it ("… and Police of Suriname" keeps its country).
     */
    private static boolean fieldOfAMinistry(String text, List<int[]> words, int k) {
        int end = fieldEnd(text, words, k);
        if (end < 0)
            return false;
        if (end + 1 >= words.size() || !onlySpaceBetween(text, words, end, end + 1))
            return true;
        // "… and Police Force" names a second body; "… and Police of Suriname" is the ministry's country.
        return !isCapitalised(word(text, words.get(end + 1)));
    }

    /** The last word of the field after "and" at {@code k} ("Police", "Armed Forces"), or -1 if none is there. */
    private static int fieldEnd(String text, List<int[]> words, int k) {
        if (k + 1 >= words.size() || !onlySpaceBetween(text, words, k, k + 1))
            return -1;
        String next = word(text, words.get(k + 1));
        if (FIELD_HEADS.contains(next))
            return k + 1;
        if (next.equals("Armed") && k + 2 < words.size() && onlySpaceBetween(text, words, k + 1, k + 2)
                && word(text, words.get(k + 2)).equals("Forces"))
            return k + 2;
        return -1;
    }

    /**
     * Whether the connector at {@code k} ("of", "and", "and the") leads on to more of the same name:
     * a capitalised word follows, which is not an acronym, nor, after "and", the head or possessor of a
     * second name ("Ministry of Justice and Ministry of Interior", "… Affairs and Bangladesh's Ministry").
     */
    private static boolean continuesComplement(String text, List<int[]> words, int k) {
        int next = k + 1;
        if (next < words.size() && word(text, words.get(next)).equals("the") && !word(text, words.get(k)).equals("the")
                && onlySpaceBetween(text, words, k, next))
            next++;
        if (next >= words.size() || !onlySpaceBetween(text, words, next - 1, next))
            return false;
        String w = word(text, words.get(next));
        // "the Government of Guinea in November 2017": a date says when, no name goes on into it.
        if (MONTH_NAMES.contains(w))
            return false;
        // "… and the Fight against AIDS", "Coalition against FGM": what a body is against may be written as an acronym.
        if (Acronyms.is(w) && next == k + 1 && word(text, words.get(k)).equals("against"))
            return true;
        // "… Living with HIV and AIDS", "Coalition of Women and AIDS": a disease named by its acronym is what the body
        // is about, no second name.
        if (next == k + 1 && word(text, words.get(k)).equals("and") && LIVING_WITH.contains(w))
            return true;
        if (!isCapitalised(w) || Acronyms.is(w))
            return false;
        // "… of the Government of Mali and the United Nations": the UN is a second name, never part of a partner's.
        if (w.equals("United") && next + 1 < words.size() && word(text, words.get(next + 1)).equals("Nations"))
            return false;
        if (next > k + 1 && word(text, words.get(k)).equals("and") && definedByItsAcronym(text, words.get(next)[0]))
            return false;
        if (word(text, words.get(k)).equals("and") && groupOfOrganisationsAhead(text, words, next)) {
            // "the Ministry of Interior and Libyan and Tunisian NGOs", "the Department of Social Development and NGOs": the
            // organisations of a kind the text adds are other partners, no field of the first one's complement.
            return false;
        }
        if (word(text, words.get(k)).equals("and")) {
            // "… of Agriculture and Livestock and the High Commission": a head in the words that follow starts a second name,
            // and after "and the", also past connectors of its own ("… and the Domestic Violence and Victims Support Unit").
            boolean article = next > k + 1;
            for (int i = next; i < words.size() && i < next + (article ? 8 : 4); i++) {
                String v = word(text, words.get(i));
                if (i > next && (!onlySpaceBetween(text, words, i - 1, i) || !isCapitalised(v) && !(article && INNER.contains(v))))
                    break;
                // A further "and the" is a coordination of its own, read when the complement reaches it.
                if (v.equals("and") && i + 1 < words.size() && word(text, words.get(i + 1)).equals("the"))
                    break;
                // "… and Women's Empowerment" goes on: women are no owner of a second name.
                // "… and the Dirección General de Aduanas": a head of a name in another language, too.
                // "… and International Cooperation": "International" before a capitalised word is its modifier, no head
                // ("Plan International" ends with it).
                boolean modifier = v.equals("International") && i + 1 < words.size() && onlySpaceBetween(text, words, i, i + 1)
                        && isCapitalised(word(text, words.get(i + 1)));
                // "… and the Secretary of State for Youth": an office holder's post, named after "and the", is a second body.
                // "… of Interior and National Coordinator of …": a post's title, with or without its article, is a second office;
                // after another title it is the same post's ("Office of the Senior Adviser and Coordinator for …").
                boolean secondPost = POST_TITLES.contains(v) && !POST_TITLES.contains(word(text, words.get(k - 1)))
                        // "… of Women's Affairs and Dr Nata Duvvury of …": a person after "and" is no field of the name.
                        || i == next && HONORIFICS.contains(v);
                // "… of Justice and the Sierra Leone Correctional Services": a head in the plural starts a second name too.
                // Without the article a plural is a field ("… of Health and Medical Services").
                boolean pluralHead = article && v.length() > 4 && v.endsWith("s") && PARTNER_HEADS.contains(v.substring(0, v.length() - 1));
                if ((PARTNER_HEADS.contains(v) || pluralHead) && !modifier || PROGRAMME_HEADS.contains(v) || secondPost
                        || article && (HeadFirstNameRecogniser.isHead(v) || v.equals("Secretary"))
                        || isPossessive(v) && !LowercaseHeadProgrammeRecogniser.COMMON_POSSESSIVES.contains(v))
                    return false;
            }
        }
        return true;
    }

    /** Organisations of a kind, in the plural: a group of partners, never a field a body is for. */
    private static final Set<String> ORGANISATIONS_OF_A_KIND = Set.of("NGOs", "CSOs", "INGOs", "CBOs", "WROs", "DPOs", "OPDs",
            "NGOs'", "CSOs'");

    /**
     * Whether the words from {@code at} are organisations of a kind, perhaps after capitalised
     * adjectives joined by "and": "NGOs", "Libyan and Tunisian CSOs". Not past a comma: "… for
     * Family, Youth and Sports, NGOs and …" lists the organisations after the name.
     */
    private static boolean groupOfOrganisationsAhead(String text, List<int[]> words, int at) {
        for (int i = at; i < words.size() && i < at + 6; i++) {
            String w = word(text, words.get(i));
            if (i > at && !onlySpaceBetween(text, words, i - 1, i))
                return false;
            if (ORGANISATIONS_OF_A_KIND.contains(w))
                return true;
            if (!isCapitalised(w) && !w.equals("and"))
                return false;
        }
        return false;
    }

    /** Capitalised words closed by an acronym in brackets: "Fuerzas Armadas Revolucionarias de Colombia–Ejército del Pueblo (FARC-EP)". */
    private static final Pattern NAME_THEN_ACRONYM = Pattern.compile(
            "(\\p{Lu}[^()\\n.;:,]{2,120}?)\\s{0,2}\\(\\s{0,2}(\\p{Lu}[\\p{L}&-]{1,11})\\s{0,2}\\)");

    /**
     * Whether the words from {@code at} up to a bracket are spelled by the acronym in it: after "and
     * the", they are a second name that the acronym defines ("the Government of Colombia and the
     * Fuerzas Armadas … (FARC-EP)"), never the rest of the first one's complement.
     */
    private static boolean definedByItsAcronym(String text, int at) {
        Matcher m = NAME_THEN_ACRONYM.matcher(text).region(at, Math.min(text.length(), at + 150));
        return m.lookingAt() && AcronymNameRecogniser.spells(m.group(1), m.group(2));
    }

    /** An acronym in brackets, perhaps after the name in another language: "(APWLD)", "(Unión Postal …, UPAEP)". */
    private static final Pattern ACRONYM_AFTER = Pattern.compile(
            "\\s{0,3}\\(\\s{0,2}(?:[^()\\n]{1,120},\\s{0,2})?\\p{Lu}[\\p{L}&+-]{1,11}\\s{0,2}\\)");

    /**
     * Whether the capitalised words after a head, commas among them, end in an acronym in brackets:
     * the acronym says they are one name, "Asia Pacific Forum on Women, Law and Development (APWLD)",
     * "the Regional Centre on Small Arms in the Great Lakes Region, the Horn of Africa and Bordering
     * States (RECSA)", "the Postal Union of the Americas, Spain and Portugal (Unión Postal …, UPAEP)".
     */
    private static boolean closedByAcronym(String text, List<int[]> words, int h) {
        for (int i = h + 1; i < words.size() && i - h < MAX_NAME_WORDS; i++) {
            int end = words.get(i - 1)[1];
            if (ACRONYM_AFTER.matcher(text).region(end, Math.min(text.length(), end + 140)).lookingAt())
                return i > h + 1;
            String gap = text.substring(end, words.get(i)[0]);
            if (!gap.isBlank() && !gap.strip().equals(","))
                return false;
            String w = word(text, words.get(i));
            if (!isCapitalised(w) && !INNER.contains(w))
                return false;
        }
        return false;
    }


    /**
     * Heads that, as a word of a listed field, are the field's own words, not a second name's head:
     * "Ministry of Women, Community and Social Development", "Ministry of Law, Justice, Constituent
     * Assembly and Parliamentary Affairs", "Ministry of Justice, Prison Affairs and Constitutional Reforms".
     */
    private static final Set<String> FIELD_WORDS = Set.of("Community", "Assembly", "Prison");

    /**
     * Whether a word inside a listed complement would open a second organisation's name, or a person's post: "… to End
     * GBV, Governor Allan Bird and …" lists people after the name.
     */
    private static boolean opensAnotherName(String w) {
        return PARTNER_HEADS.contains(w) && !FIELD_WORDS.contains(w) || PersonPosts.is(w);
    }

    /** Whether a capitalised plain word at {@code k} is followed, within the name, by "and" and a capitalised word: a closed list. */
    private static boolean closesList(String text, List<int[]> words, int k) {
        for (int i = k; i < words.size() && i < k + 8; i++) {
            String w = word(text, words.get(i));
            // More items may come before the "and", each after its comma: "… Rule of Law, Human Rights, Justice and Security".
            if (i > k && !onlySpaceBetween(text, words, i - 1, i) && !commaBetween(text, words, i - 1, i)
                    && !ampersandBetween(text, words, i - 1, i))
                return false;
            // "… for Maternal, Newborn & Child Health": an ampersand closes the list as "and" does.
            if (i > k && ampersandBetween(text, words, i - 1, i))
                return isCapitalised(w) && !Acronyms.is(w) && !PARTNER_HEADS.contains(w);
            // An "and" right after the comma closes a list of at least two items already read: "Population, Refugees, and Migration".
            if (w.equals("and")) {
                // "Ministry for Women, National Solidarity and the Family": the last item may take its article.
                // After ", and" an article opens a phrase of its own: "…, Mbarak Abduwakil, and the Chairman of …".
                boolean article = i + 1 < words.size() && word(text, words.get(i + 1)).equals("the") && !commaBetween(text, words, i - 1, i);
                int next = article ? i + 2 : i + 1;
                return (i > k || listSoFar(text, words, k)) && next < words.size() && isCapitalised(word(text, words.get(next)))
                        && !Acronyms.is(word(text, words.get(next))) && !opensAnotherName(word(text, words.get(next)));
            }
            if (!isCapitalised(w) || Acronyms.is(w) || opensAnotherName(w))
                return false;
        }
        return false;
    }

    /**
     * Whether a comma before the one at {@code k} is in the same complement, with only capitalised
     * words (or small inner words) between: the "and" after the comma at {@code k} then ends a list
     * of three or more ("of Social Affairs, Veterans, and Youth Rehabilitation"), not a name.
     */
    private static boolean listSoFar(String text, List<int[]> words, int k) {
        for (int i = k - 1; i > 0 && i > k - 8; i--) {
            String w = word(text, words.get(i));
            if (!isPlainCapitalised(w) && !INNER.contains(w))
                return false;
            if (commaBetween(text, words, i - 1, i))
                return true;
            if (!onlySpaceBetween(text, words, i - 1, i))
                return false;
        }
        return false;
    }

    /**
     * The last word of an item of a complement's list that an acronym closes, from {@code k} to the next
     * comma or bracket: capitalised words and small words, no head and no acronym ("the Horn of Africa
     * and Bordering States"); -1 if the item is another name ("the Ministry of Justice").
     */
    private static int closedItemEnd(String text, List<int[]> words, int k) {
        int last = -1;
        for (int i = k; i < words.size() && i - k < MAX_NAME_WORDS; i++) {
            if (i > k && !onlySpaceBetween(text, words, i - 1, i))
                break;
            String w = word(text, words.get(i));
            if (isPlainCapitalised(w))
                last = i;
            else if (!INNER.contains(w))
                return -1;
        }
        return last;
    }

    static boolean isPlainCapitalised(String w) {
        return isCapitalised(w) && !Acronyms.is(w) && !PARTNER_HEADS.contains(w);
    }
}
