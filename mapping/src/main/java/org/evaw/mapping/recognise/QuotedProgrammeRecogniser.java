package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds programmes that text names in quotes beside the word for what they are: "the ‘Safe Cities’
 * programme", "the “Orange the World” campaign", "a project called “Voices against Violence”", or
 * with that word inside the quotes ("the “Because I am a Girl Urban Programme”"), in French and
 * Spanish too ("la campaña «Corazón Azul»"), or a quoted name that the text says someone runs
 * ("“No estás Sola” is run by UNDP") or that the work runs under ("under the “Safe Spaces for
 * Women”"), or a quoted name with a version number ("“GPI 2.0”"). The name is the
 * quoted words, with the head noun when the text capitalises it as part of the name ("the “Safe
 * Cities” Programme"). Found by pattern: confidence below reference matches. Only the places where
 * a quote opens are tried, not every position of the text.
 */
public final class QuotedProgrammeRecogniser implements Recogniser {
    /** The word for what a name is, in English, French or Spanish. */
    private static final String HEAD = "(programme|program|initiative|campaign|project|fund|partnership|network|course|curso"
            + "|programa|proyecto|projet|projeto|projecto|campa\u00F1a|campanha|campagne|iniciativa|fondo|fonds"
            // "the pilot “…”", "the awareness drive “…”", "a cash transfer scheme “…”", WFP's "relief and recovery operation
            // “…”" (a military "operation “…”" is no programme).
            + "|pilot|drive|scheme|recovery\\s{1,3}operation|emergency\\s{1,3}operation)";
    /** The same words in the plural, before a list of quoted names: "the projects “…” and “…”". */
    private static final String HEADS = "(?:programmes|programs|initiatives|campaigns|projects|funds|pilots|proyectos|programas|projets|projetos|campanhas)";
    /**
     * Quoted words from the opening quote on, in English or French quotes; a right single quote
     * followed by a letter is an apostrophe inside them.
     */
    private static final String QUOTED = "[\"\u201C\u2018'\u00AB]((?:[^\"\u201C\u201D\u2018\u2019'\u00AB\u00BB\\n]|[\u2019'](?=\\p{L})){2,300})"
            + "(?:[\"\u201D\u00BB]|[\u2019'](?!\\p{L}))";
    /** The head right after the quote, or after the title's acronym in brackets: "the “Enabling …” (EnGenDER) project". */
    private static final Pattern QUOTE_THEN_HEAD = Pattern.compile(QUOTED + "\\s{0,2}(?:\\(\\s?[\\p{Lu}][\\p{L}\\p{N}-]{1,15}\\s?\\)\\s{0,2})?(?i:" + HEAD + ")\\b");
    private static final Pattern QUOTED_WITH_HEAD = Pattern.compile(
            "[\"\u201C\u2018']((?:[^\"\u201C\u201D\u2018\u2019'\\n]|[\u2019'](?=\\p{L})){0,100}\\s(?:Programme|Program|Initiative|Campaign|Project|Fund|Partnership))"
                    + "(?:[\"\u201D]|[\u2019'](?!\\p{L}))");
    private static final Pattern QUOTED_ONLY = Pattern.compile(QUOTED);
    /** A plural head right before a quote: the first of a list of titles. */
    private static final Pattern PLURAL_BEFORE = Pattern.compile("\\b(?i:" + HEADS + "|helplines|hotlines)\\s{1,3}$");
    /**
     * A helpline's head before its capitalised name: "the provincial helpline “Podemos hablar”", "the hotlines “Linha Verde”
     * and …". A named helpline is a service someone runs, a programme ({@link PatternNameRules} reads the head after the name).
     */
    private static final Pattern HELPLINE_BEFORE = Pattern.compile("\\b(?i:helplines?|hotlines?)\\s{1,3}$");
    /** A service's head right after the closing quote ("the “Talk to Us” hotline"): {@link PatternNameRules} reads that name. */
    private static final Pattern SERVICE_AFTER = Pattern.compile("\\s{1,2}(?:" + PatternNameRules.SERVICE_HEADS + ")\\b");
    /** What parts two quoted titles of one list: a comma, "and", "or" (in English, French, Spanish or Portuguese). */
    private static final Pattern LIST_GAP = Pattern.compile("\\s{0,2}(?:,\\s{0,2}(?:(?:and|or|y|o|et|ou|e)\\s{1,3})?|\\s{1,3}(?:and|or|y|o|et|ou|e)\\s{1,3})");
    /**
     * The words before a quote that make it a programme's name: "the campaign called", "its own
     * campaign, “…”" (with a comma only after a lowercase head: after "the HAYA Joint Programme, “…”"
     * the quote is the named programme's title, not a second programme).
     */
    private static final Pattern HEAD_BEFORE = Pattern.compile(
            "\\b(?:(?i:" + HEAD + ")|" + HEAD + "\\s{0,2},)\\s{1,3}(?:(?i:called|entitled|titled|named|dubbed|known\\sas|llamad[oa]|denominad[oa]|titulad[oa]"
                    + "|intitul\u00E9e?|d\u00E9nomm\u00E9e?|appel\u00E9e?|nomm\u00E9e?)\\s{1,3})?$"
                    // "le projet régional « … »", "la campaña nacional «…»": French, Spanish and Portuguese put the adjective after the head.
                    + "|\\b(?i:" + HEAD + "\\s{1,3}(?:r\u00E9gional|regional|national|nacional|conjoint|conjunto|pilote|piloto|interagences?"
                    + "|interagencial|mondial|mundial|global)e?s?)\\s{1,3}$"
                    // "el proyecto de la OIM “…”", "the project of UNDP “…”": the head, whose it is, then its title.
                    + "|\\b(?i:" + HEAD + "\\s{1,3}(?:de\\s{1,3}la|del|de|da|do|du|of|of\\s{1,3}the))\\s{1,3}\\p{Lu}[\\p{Lu}-]{1,9}\\s{1,3}$"
                    // "project VNM/T28, “…”", "project LAOX26, “…”": the project's code, then its title.
                    // "the project PBF/SLE/C-4, “…”": a code of several parts.
                    // "the Atlas project 00102129, “…”", "el proyecto BOL/62739 “…”": a number alone is a code too, and the comma may go.
                    + "|\\b" + HEAD + "\\s{1,3}(?:[A-Z]{2,5}(?:(?:[/-][A-Z0-9]{1,6}){1,4}|\\d{1,4})|\\d{5,10})\\s{0,2},?\\s{1,3}$"
                    // "the ROMENA project on ‘…’": the head, then the title it is on.
                    + "|\\b" + HEAD + "\\s{1,3}on\\s{1,3}$"
                    // "In its second phase, “…”": only a programme runs in phases, and the title names the phase.
                    + "|\\b(?i:phase)\\s{0,2},\\s{1,3}$"
                    // "the TRACK4TIP initiative (“…”)": its title in brackets after the name.
                    + "|\\b(?i:" + HEAD + ")\\s{0,2}\\(\\s{0,2}$"
                    // "the projects “…”": the first of the titles a plural introduces.
                    + "|\\b(?i:" + HEADS + ")\\s{1,3}$"
                    // "the Spotlight Initiative's regional programme for the Caribbean, “…”": a lowercase head, where it works, then its title.
                    + "|\\b" + HEAD + "\\s{1,3}(?:for|in)\\s{1,3}(?:the\\s{1,3})?\\p{Lu}[\\p{L}-]{1,20}(?:\\s{1,3}\\p{Lu}[\\p{L}-]{1,20}){0,2}\\s{0,2},\\s{1,3}$");
    /**
     * What follows a quoted name that says what it is, in apposition: "“Human Together”, its new
     * campaign", "“Safe Homes”, a project of the ministry".
     */
    private static final Pattern HEAD_AFTER = Pattern.compile(
            "\\s{0,2},\\s{1,3}(?:its|their|a|an)\\s{1,3}(?:[a-z][a-z-]{1,20}\\s{1,3}){0,3}" + HEAD + "\\b");
    /**
     * Verbs before a quoted name that make it work someone carries out: "IOM ran “Addressing migrant
     * vulnerabilities …”", "UNDP and Canada launched “Empowering Women for Sustainable Peace …”".
     */
    private static final Pattern RUN_BEFORE = Pattern.compile(
            "\\b(?:ran|runs|implemented|implements|carried\\sout|carries\\sout|launched|launches)\\s{1,3}(?:the\\s{1,3})?$");
    /**
     * A lowercase word right after the closing quote that is not a preposition, a conjunction or a verb of being: the
     * quoted name qualifies the noun that follows ("runs the “Suraksha” safe houses"), which the work is, not the quote.
     */
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s{1,2}(?!(?:in|into|to|for|with|and|or|which|that|on|at|by|from|of|is|was|were"
            + "|are|has|had|have|since|until|across|among|through|under|as|who|where|when|while|during|between|since)\\b)\\p{Ll}");
    /** First words of quoted titles that name a publication or an event, which a launch is of too: not programmes. */
    private static final Pattern PUBLICATION_OR_EVENT = Pattern.compile(
            "(?i:handbook|guide|guidelines|guidance|manual|toolkit|tool|report|study|survey|review|assessment|policy\\sbrief|brief|booklet"
                    + "|conference|workshop|seminar|dialogue|forum|exhibition|book|film|video|app|website|portal|platform|database)\\b.*");
    private static final int HEAD_LOOK_AHEAD = 60;
    /**
     * What follows a quoted name that says someone runs it, so that it names a programme: "“No estás
     * Sola” (“You are not alone”) is run by UNDP". A translation in brackets may come between.
     */
    private static final Pattern RUN_BY = Pattern.compile(
            "\\s{0,3}(?:\\([^()\\n]{1,80}\\)\\s{0,3})?,?\\s{0,3}(?:is|was|are|were|has\\sbeen|had\\sbeen)\\s{1,3}(?:jointly\\s{1,3})?"
                    + "(?:run|implemented|led|co-led|managed|coordinated|delivered|carried\\sout|operated)\\s{1,3}by\\b");
    private static final int RUN_BY_LOOK_AHEAD = 120;
    /**
     * A project's code in brackets after a quoted title, which only a project carries: "“Helping the
     * Government Address Issues of Trafficking in Persons in Madagascar” (CT.0783)", "“…” (PBF/IRF-339)",
     * "“…” (EGYZ33)", "“Food Assistance for Refugees” (PRRO 200737)". A document's symbol ("A/69/330") has
     * one letter before its first slash; a conference's or a goal's number ("COP13", "SDG5") is no code.
     */
    private static final Pattern CODE_AFTER = Pattern.compile(
            "\\s{0,2}\\(\\s{0,2}(?!COP|SDG|CSW|HRC)[A-Z]{2,6}(?:/[A-Z]{2,6})?(?:[./ -]?\\d{2,6})\\s{0,2}[;),]");
    private static final int CODE_LOOK_AHEAD = 30;
    /**
     * Words before a quoted name that make it what the work runs under: "under the “Safe Spaces for Women”", "as part of
     * the multi-agency “…”", "through “Her City”". A theme or a slogan ("under the theme “…”") names a day's or an
     * event's message, no programme.
     */
    private static final Pattern UNDER_BEFORE = Pattern.compile("\\b(?i:under|as\\spart\\sof|within|through)\\s{1,3}(?:(?:the|its|their)\\s{1,3})?"
            + "(?:\\p{L}+-\\p{L}+\\s{1,3})?$");
    private static final int HEAD_LOOK_BEHIND = 40;
    /**
     * A lowercase head, who pays for or runs it, then its title: "a project financed by the IOM Development Fund, “…”".
     * Read over a longer stretch than the other cues, since a funder's name runs long.
     */
    private static final Pattern HEAD_BY_BEFORE = Pattern.compile("\\b" + HEAD
            + "\\s{1,3}(?:financed|funded|supported|sponsored|run|led|implemented)\\s{1,3}by\\s{1,3}[^,;.:()\\n\"\u201C\u201D]{2,60},\\s{1,3}$");
    private static final int HEAD_BY_LOOK_BEHIND = 90;
    /** A capitalised name with a version number: "GPI 2.0", "Safe Cities 2.0". */
    private static final Pattern VERSIONED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&'-]{0,30}(?:\\s[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'-]{0,30}){0,5}\\s\\d{1,2}\\.\\d{1,2}");

    private final IriMinter iris;

    public QuotedProgrammeRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        // The end of a title that a plural head introduced ("the hotlines “Linha Verde” and “Fala Criança”"), or of the last
        // title listed after it: a quoted title right after it, past a comma or "and", is one more of the list.
        int listEnd = -1;
        for (int at = from; at < to; at++) {
            char c = text.charAt(at);
            boolean opens = c == '"' || c == '\u201C' || c == '\u2018' || c == '\u00AB'
                    || c == '\'' && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)));
            if (!opens)
                continue;
            Matcher m = QUOTE_THEN_HEAD.matcher(text).region(at, to);
            if (m.lookingAt()) {
                String head = m.group(2);
                add(found, m.group(1).strip() + (Character.isUpperCase(head.charAt(0)) ? " " + head : ""), m.start(), m.end());
                continue;
            }
            Matcher q = QUOTED_WITH_HEAD.matcher(text).region(at, to);
            if (q.lookingAt()) {
                add(found, q.group(1).strip(), q.start(), q.end());
                continue;
            }
            Matcher before = HEAD_BEFORE.matcher(text).region(Math.max(from, at - HEAD_LOOK_BEHIND), at);
            Matcher only = QUOTED_ONLY.matcher(text).region(at, to);
            if (!only.lookingAt())
                continue;
            if (listEnd >= 0 && listEnd <= at && LIST_GAP.matcher(text).region(listEnd, at).matches()) {
                add(found, only.group(1).strip(), at, only.end());
                listEnd = only.end();
                continue;
            }
            if (at >= listEnd)
                listEnd = -1; // a quote that closes the listed title opens nothing
            // "the Legal Center of Women's Initiatives “Sana Sezim”": an organisation's own name, not a title.
            if (OwnQuotedNames.afterOrganisationName(text, from, at))
                continue;
            if (before.find() || HEAD_BY_BEFORE.matcher(text).region(Math.max(from, at - HEAD_BY_LOOK_BEHIND), at).find()) {
                add(found, only.group(1).strip(), at, only.end());
                if (pluralHeadBefore(text, from, at))
                    listEnd = only.end();
                continue;
            }
            String name = only.group(1).strip();
            // "through the “Talk to Us” hotline": a service named with its head after it is read with that head (PatternNameRules).
            if (SERVICE_AFTER.matcher(text).region(only.end(), to).lookingAt())
                continue;
            // "“25N Construir Clubes en igualdad”, a campaign": a title may open with a number.
            if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0)) && !Character.isDigit(name.codePointAt(0)))
                continue;
            // "began “GPI 2.0”, a pilot": a quoted name with a version number is a new phase of a programme.
            if (VERSIONED.matcher(name).matches()
                    || RUN_BY.matcher(text).region(only.end(), Math.min(to, only.end() + RUN_BY_LOOK_AHEAD)).lookingAt()
                    || CODE_AFTER.matcher(text).region(only.end(), Math.min(to, only.end() + CODE_LOOK_AHEAD)).lookingAt()
                            && !PUBLICATION_OR_EVENT.matcher(name).matches()
                    || UNDER_BEFORE.matcher(text).region(Math.max(from, at - HEAD_LOOK_BEHIND), at).find()
                    || HELPLINE_BEFORE.matcher(text).region(Math.max(from, at - HEAD_LOOK_BEHIND), at).find()
                    || HEAD_AFTER.matcher(text).region(only.end(), Math.min(to, only.end() + HEAD_LOOK_AHEAD)).lookingAt()
                    || RUN_BEFORE.matcher(text).region(Math.max(from, at - HEAD_LOOK_BEHIND), at).find()
                            && !PUBLICATION_OR_EVENT.matcher(name).matches()
                            && !NOUN_AFTER.matcher(text).region(only.end(), to).lookingAt()) {
                add(found, name, at, only.end());
                if (pluralHeadBefore(text, from, at))
                    listEnd = only.end();
            }
        }
        // A quote may open inside another's span: keep the first of overlapping finds.
        found.sort(Comparator.comparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Mention m : found) {
            if (m.start() >= lastEnd) {
                kept.add(m);
                lastEnd = m.end();
            }
        }
        return kept;
    }

    /** Whether a plural head ends right before the quote at {@code at}: it opens a list of titles. */
    private static boolean pluralHeadBefore(String text, int from, int at) {
        return PLURAL_BEFORE.matcher(text).region(Math.max(from, at - HEAD_LOOK_BEHIND), at).find();
    }

    /** A sentence's end inside quoted words: a long quotation is speech, where a long title runs on without one. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+\\p{Lu}");
    /** Titles of projects run long ("Emergency support and special assistance to …"); past this, a quote is read only if no sentence ends in it. */
    private static final int LONG_TITLE = 160;

    private void add(List<Mention> found, String name, int start, int end) {
        if (name.isEmpty() || !Character.isLetterOrDigit(name.codePointAt(0)))
            return;
        if (name.length() > LONG_TITLE && SENTENCE_END.matcher(name).find())
            return;
        // "“Advancing Human Rights … in Mongolia (ADVANCE)”", "“… Gender Equality (2017-2022)”": the acronym or the years in
        // brackets that close a quoted title are another name and a period, no words of the name.
        String label = TRAILING_BRACKET.matcher(name.replaceAll("\\s+", " ")).replaceFirst("");
        if (label.isEmpty())
            return;
        Entity e = Entity.foundByPattern(EntityType.PROGRAMME, label, iris);
        found.add(new Mention(e, start, end, OrganisationPatternRecogniser.CONFIDENCE));
    }

    /** An acronym or a span of years in brackets at a title's end. */
    private static final Pattern TRAILING_BRACKET = Pattern.compile(
            "\\s*\\((?:\\p{Lu}[\\p{Lu}\\p{N}&+/-]{1,14}|\\d{4}\\s?[-\u2013]\\s?\\d{2,4})\\)$");
}
