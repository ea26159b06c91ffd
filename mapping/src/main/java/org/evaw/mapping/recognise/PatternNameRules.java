package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * The rules whose whole reading is one pattern ({@link PatternNameRecogniser}), one factory method
 * each, with what the pattern reads and why. Where a rule's names are kept (only where no other name
 * is, over the pattern finds among its words…) is for {@link Recognisers} to say.
 */
final class PatternNameRules {
    /** A word of a title or a name: a capital, then letters, digits, apostrophes or hyphens. */
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}'\u2019-]{0,30}";

    private PatternNameRules() {}

    /**
     * A country's legislature named as English names it, with a capital and no article: "laws passed
     * by Parliament", "a bill sent to Parliament". Capitalised and bare, the word is the
     * legislature's name, not a kind. Not "Members of Parliament" (its members), nor "Parliament's"
     * (an owner of what follows), nor where "of" follows (a name the patterns read in full).
     */
    static Recogniser bareParliament(IriMinter iris) {
        return new PatternNameRecogniser(EntityType.PARTNER, Pattern.compile(
                // "the justice committee of Parliament", "as Parliament enacted", "the Government, Parliament, …"; not a
                // member's title ("Members of Parliament").
                "(?=Parliament)(?<=\\b(?:by|to|before|with|from|of|as|and) |, )(?<![Mm]embers of )(?<![Mm]ember of )"
                        + "Parliament\\b(?!['\u2019]s)(?!\\s+of\\b)(?![\\p{L}-])"), iris, "Parliament");
    }

    /**
     * A state's judiciary named alone and capitalised, as a body: "with the Judiciary, the Traditional Court, …", "the Uganda
     * Police Force and the Judiciary". In lowercase ("members of the judiciary") it is the profession, no partner.
     */
    static Recogniser bareJudiciary(IriMinter iris) {
        return bareBody("the", "Judiciary", iris);
    }

    /**
     * A state's upper house named alone and capitalised: "supported the Senate and the Provincial Assemblies", "the
     * Anti Human Trafficking Office, the Senate, the Office of the Public Auditor". Lowercase, it is any senate.
     */
    static Recogniser bareSenate(IriMinter iris) {
        return bareBody("the", "Senate", iris);
    }

    /**
     * A state's prosecution service named alone, in Spanish, as its own institution: "worked with ministries, the
     * Fiscalía and departmental committees", "el Ministerio de la Mujer y la Fiscalía". With a complement ("la Fiscalía
     * General de la Nación") the patterns read the whole name.
     */
    static Recogniser bareFiscalia(IriMinter iris) {
        return bareBody("(?:the|[Ll]a)", "Fiscal\u00EDa", iris);
    }

    /**
     * A body's one-word name after its article, not followed by an owner's "'s", nor by "of", "de" or "General" (a
     * longer name the patterns read), nor by a longer word; {@code word} is also the cue every match holds.
     */
    private static Recogniser bareBody(String article, String word, IriMinter iris) {
        return new PatternNameRecogniser(EntityType.PARTNER, Pattern.compile(
                "(?<=\\b" + article + " )" + word + "\\b(?!['\u2019]s)(?!\\s+(?:of|de|General)\\b)(?![\\p{L}-])"), iris, word);
    }

    /**
     * A state's high court named alone with the definite article, as one body among the others a sentence lists: "the
     * Prosecutor General's Office, the High Court and the Ministry of Gender", "President of the High Court". A
     * common-law state has many courts of that rank, so "High Court" is a generic name (words/generic-names.txt) where
     * it counts or qualifies ("50 High Court judges", "one High Court that sits on Fridays"); after "the" and before
     * punctuation or a function word it is the one court the text means. "of" opens a name the patterns read in full
     * ("the High Court of Kenya").
     */
    static Recogniser bareHighCourt(IriMinter iris) {
        return new PatternNameRecogniser(EntityType.PARTNER, Pattern.compile(
                "(?<=\\bthe )High Court(?=\\s*[,.;:)]|\\s+(?:and|or|in|to|for|on|at|with|which|that|was|is|has|had)\\b)"), iris,
                "High Court");
    }

    /**
     * The groupings of states named by their number of members: "the Group of 77", "the Group of
     * Seven", "the Group of 20" (and "… and China" where the text says it). They are
     * intergovernmental partners whose name holds no head noun the patterns know ("Group" alone is a
     * working group's).
     */
    static Recogniser numberedGroups(IriMinter iris) {
        return new PatternNameRecogniser(EntityType.PARTNER, Pattern.compile(
                "\\bGroup\\s+of\\s+(?:\\d{1,3}|Seven|Eight|Twenty|Fifteen|Twenty-Four)(?:\\s+and\\s+China)?\\b"), iris, "Group");
    }

    /**
     * A city's or municipality's government named as an organisation: "the City of Kigali lit its
     * buildings in orange", "the Municipality of Tirana opened a shelter". After a preposition of
     * place ("in the City of Kigali", "across the Municipality of …") the words name where the work
     * is, no partner, and are left to the place recognisers.
     */
    static Recogniser cityAuthorities(IriMinter iris) {
        return new PatternNameRecogniser(EntityType.PARTNER, Pattern.compile(
                "(?=[Tt]he\\s)(?<!\\b(?:in|at|to|from|across|throughout|within|around|near|of|into|outside|inside|and|or) )"
                        + "\\b[Tt]he\\s{1,3}(?<name>(?:City|Municipality|Town)\\s{1,3}of\\s{1,3}\\p{Lu}[\\p{L}'\u2019-]+(?:\\s\\p{Lu}[\\p{L}'\u2019-]+)?)\\b"),
                iris);
    }

    /**
     * Companies named by a trade word at the end of their name ({@code words/company-heads.txt}):
     * "Bond Advertising", "Acme Holdings", "Kenya Airways". One to three capitalised words before the
     * trade word, the first not a sentence's opening word (it follows a lowercase word, a comma or a
     * bracket) nor "The".
     */
    static Recogniser companyHeads(IriMinter iris) {
        return new PatternNameRecogniser(EntityType.PARTNER, Pattern.compile(
                "(?=\\p{Lu})(?<=(?:\\p{Ll}|,|\\()\\s{1,3})(?<name>(?:\\p{Lu}[\\p{L}&'\u2019-]*\\s){1,3}(?:" + WordList.alternation("company-heads") + "))\\b"),
                (match, words) -> words.startsWith("The ") ? Optional.empty() : Optional.of(words), iris);
    }

    /**
     * Programmes that text names and then says what they are, in apposition: "UNOOSA runs
     * Space4Women, a project that …", "it supports SheTrades, an initiative of …", "training based on
     * Empretec, UNCTAD's flagship programme". Such names carry
     * no head noun of their own (a brand, a coined word), so no other recogniser reads them; the noun
     * after the comma says the name is a project, programme, initiative or campaign. The name must
     * follow a lowercase word, so that a sentence's opening ("In 2019, a project …") is never read as
     * one; one to six capitalised words, small connectors allowed between them.
     */
    static Recogniser appositiveProgrammes(IriMinter iris) {
        return new PatternNameRecogniser(EntityType.PROGRAMME, Pattern.compile(
                "(?=\\p{Lu})(?<= )(?<=\\p{Ll}[\\p{Ll}-]{0,30} )(?<name>\\p{Lu}[\\p{L}\\p{N}'\u2019.&-]*(?: (?:(?:of|for|on|and|the|to|in) ){0,2}\\p{Lu}[\\p{L}\\p{N}'\u2019.&-]*){0,5})"
                        // "…, a project that …", "Empretec, UNCTAD's flagship capacity-building programme".
                        + ",\\s{1,3}(?:a|an|its|their|\\p{Lu}[\\p{L}-]{1,20}['\u2019]s)\\s{1,3}(?:[\\p{L}'\u2019-]{1,25}\\s{1,3}){0,3}"
                        + "(?:project|programme|program|initiative|campaign)\\b"
                        // "…, a project partner", "…, a programme country": the noun modifies another, it names nothing.
                        + "(?!\\s{1,3}(?:partners?|sites?|country|countries|offices?|areas?|managers?|coordinators?|teams?|staff|officers?|locations?))"),
                iris);
    }

    /**
     * The areas of responsibility of humanitarian protection coordination, named by their field
     * (one to five capitalised words or acronyms, with "and" or a comma between them) and the words
     * "Area of Responsibility": "the Housing, Land and Property Area of Responsibility", "the Water
     * Safety Area of Responsibility (WS AoR)". Each is a coordination mechanism that agencies lead, a
     * programme; the pattern recognisers read "Area" as no head at all.
     */
    static Recogniser areasOfResponsibility(IriMinter iris) {
        return new PatternNameRecogniser(EntityType.PROGRAMME, Pattern.compile(
                "(?=\\p{Lu})(?<![\\p{L}\\p{N}-])((?!The\\s)\\p{Lu}[\\p{L}\\p{N}-]{0,30}(?:(?:\\s{1,3}|,\\s{1,3}|\\s{1,3}and\\s{1,3})\\p{Lu}[\\p{L}\\p{N}-]{0,30}){0,4})"
                        + "\\s{1,3}Area\\s{1,3}of\\s{1,3}Responsibility\\b"), iris, "Responsibility");
    }

    /**
     * A service that text names in quotes before the word for what it is: "the “Call Safe”
     * helpline", "a 24-hour 'Talk to Us' hotline", "the “SafeWalk” app". A named service that someone
     * runs for women is a programme of its own; the name is the quoted words with the head noun after
     * them, the fullest name the text gives.
     */
    /** The heads of a named service, in lower case after its name: "the “Call Safe” helpline". */
    static final String SERVICE_HEADS = "helpline|help\\sline|hotline|hot\\sline|help\\sdesk|helpdesk|app|mobile\\sapp|chatbot|text\\sline";

    static Recogniser quotedServices(IriMinter iris) {
        return new PatternNameRecogniser(EntityType.PROGRAMME, Pattern.compile(
                "[\"\u201C\u2018\u00AB](?<quoted>\\p{Lu}[^\"\u201C\u201D\u2018\u2019\u00AB\u00BB\\n]{0,60}?)[\"\u201D\u2019\u00BB]"
                        + "\\s{1,2}(?<head>" + SERVICE_HEADS + ")\\b"),
                (match, words) -> Optional.of(match.group("quoted").strip() + " " + match.group("head")), iris);
    }

    /**
     * A programme that text names by its title after a lowercase head noun and "on": "a research
     * programme on Coastal Livelihoods, Memory and Social Repair". Capitalised words of a title that
     * runs on through commas and small words are its name; a theme that text capitalises ("a
     * programme on Women, Peace and Security", "on Gender Equality") names no programme, nor do one or
     * two capitalised words ("a course on Inspira", "programmes on HIV").
     */
    static Recogniser programmesOnTitles(IriMinter iris) {
        Pattern capitalised = Pattern.compile(WORD);
        return new PatternNameRecogniser(EntityType.PROGRAMME, Pattern.compile(
                "\\b(?:programme|program|project|initiative|campaign)\\s{1,3}on\\s{1,3}(?<name>" + WORD
                        + "(?:(?:\\s{1,3}|,\\s{1,3}|\\s{1,3}(?:and|of|for|on|against|in|to|the)\\s{1,3})" + WORD + "){2,9})"),
                (match, title) -> {
                    List<String> words = new ArrayList<>();
                    Matcher w = capitalised.matcher(title);
                    while (w.find())
                        words.add(w.group());
                    return words.size() >= 3 && LowercaseHeadProgrammeRecogniser.names(words) ? Optional.of(title) : Optional.empty();
                }, iris);
    }

    /**
     * A coordination group named after the two bodies that set it up together: "the ABC and UN XYZ
     * Task Force on Safer Workplaces", "the DEF and GHI Joint Working Group on Returns". The group is
     * an inter-agency mechanism, a programme; its owners' acronyms are words of its name, not
     * mentions of the owners. The complement runs over capitalised words and the small words between
     * them, but not "in", which says where the group met ("… on Safer Workplaces in Geneva").
     */
    static Recogniser jointOwnersGroups(IriMinter iris) {
        String acronym = "(?:UN\\s{1,3})?\\p{Lu}[\\p{Lu}\\p{N}&-]{1,9}";
        return new PatternNameRecogniser(EntityType.PROGRAMME, Pattern.compile(
                "(?=\\p{Lu})(?<![\\p{L}\\p{N}-])" + acronym + "(?:,\\s{1,3}" + acronym + ")*\\s{1,3}and\\s{1,3}" + acronym
                        + "\\s{1,3}(?:Joint\\s{1,3})?(?:Task\\s{1,3}Force|Working\\s{1,3}Group|Reference\\s{1,3}Group|Steering\\s{1,3}Committee|Coordination\\s{1,3}Group)"
                        + "(?:\\s{1,3}(?:on|for|against)\\s{1,3}" + WORD + "(?:\\s{1,3}(?:(?:of|on|for|to|against|and|the|within)\\s{1,3}){0,2}" + WORD + "){0,8})?"),
                iris);
    }

    /**
     * A telephone line named by its number: "Línea 155", "the Hotline 527", "Linha 180", and the
     * fullest name text gives before it ("the National Counter-Trafficking and Migrant Advice Hotline
     * 527"). A service someone runs for women is a programme of its own, as a quoted helpline is.
     * The capitalised words before the head count only after "the", so that a sentence's opening
     * words are never read into the name.
     */
    static Recogniser numberedHotlines(IriMinter iris) {
        return new PatternNameRecogniser(EntityType.PROGRAMME, Pattern.compile(
                "(?=\\p{Lu})(?:(?<=\\b[Tt]he\\s)(?:\\p{Lu}[\\p{L}\\p{N}'\u2019-]*\\s(?:(?:and|for|of|on|against|to)\\s)?){1,8})?"
                        + "(?:Hotline|Helpline|Help\\s?Line|Hot\\s?Line|L[íi]nea|Linha|Ligne)\\s\\d{2,4}(?![\\p{N}-])"), iris);
    }

    /**
     * A donor state's development cooperation, named by the state's adjective: "the Swiss Development
     * Cooperation", "Italian Cooperation", "the Canadian Cooperation for International Development", "la Coopération canadienne", "la Cooperación Española". A head
     * noun after it makes it part of a longer name ("the Swiss Cooperation Office"), which the head-noun
     * patterns read; "International", "Regional", "Technical" and "South-South" are no states' adjectives.
     */
    static Recogniser donorCooperations(IriMinter iris) {
        return new PatternNameRecogniser(EntityType.PARTNER, Pattern.compile(
                "(?=\\p{Lu})(?:\\b(?:Swiss|\\p{Lu}\\p{Ll}{2,}(?:ian|ish|ese|ch|an))\\s(?:Development\\s|International\\s)?Cooperation(?:\\sfor\\s(?:International\\s)?Development)?"
                        + "|\\bCoop\u00E9ration\\s(?:canadienne|suisse|belge|fran\u00E7aise|allemande|japonaise|luxembourgeoise|italienne"
                        + "|espagnole|n\u00E9erlandaise|mon\u00E9gasque|autrichienne|su\u00E9doise|danoise|norv\u00E9gienne|britannique|am\u00E9ricaine"
                        + "|cor\u00E9enne|chinoise)"
                        + "|\\bCooperaci\u00F3n\\s(?:Espa\u00F1ola|Alemana|Suiza|Italiana|Canadiense|Japonesa|Sueca|Belga|Luxemburguesa|Coreana|Noruega))"
                        + "(?!\\s(?:\\p{Lu}|and\\s\\p{Lu}))"), iris, "Coop");
    }

    /**
     * A state's government named in French, Spanish, Portuguese or Italian with the lower-case noun those languages'
     * typography gives it: "financé par le gouvernement du Canada", "con el gobierno de España", "o governo do Brasil".
     * The country's capitalised name after the connector makes it one government, an organisation, as "Government of
     * Norway" is in English; the label takes the capital the name has at the start of a sentence. "la République" alone
     * is a kind of state, not its name ("le gouvernement de la République démocratique du Congo" is read by its
     * country).
     */
    static Recogniser romanceGovernments(IriMinter iris) {
        return new PatternNameRecogniser(EntityType.PARTNER, Pattern.compile(
                "(?<![\\p{L}-])(?=g)" + AdjectiveGovernments.ROMANCE_GOVERNMENT_OF
                        + "\\p{Lu}[\\p{L}'\u2019-]+(?:\\s(?:d['\u2019])?\\p{Lu}[\\p{L}'\u2019-]+){0,3}"),
                (match, words) -> words.matches(".*\\s(?:R\u00E9publique|Rep\u00FAblica|Repubblica)") ? Optional.empty()
                        : Optional.of(Character.toUpperCase(words.charAt(0)) + words.substring(1)), iris);
    }
}
