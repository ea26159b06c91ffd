package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Organisations that a list names beside organisations already found: "Arq Psychotrauma Expert
 * Groep, Rutgers and Pharos", "with contributions from Anglo American, Primark and CARE
 * International UK". Many NGOs, companies and donors are known by a name with no head noun that no
 * pattern reads; the list says what they are, when two of their neighbours are named organisations
 * (agencies or partners) joined to them by commas and "and". An item read so is a run of capitalised
 * words ({@link NameRuns}) that no other name overlaps; it ends where another name begins ("Pharos
 * in the Netherlands" is Pharos). People ("Dr …", posts), generic words and names with a head noun
 * (the patterns' to judge) are left alone. Each list is walked once from its first organisation,
 * a bounded number of items: linear time.
 */
final class ListPeers {
    /** Two named organisations make a list one of organisations. */
    static final int MIN_NAMED = 2;
    private static final int MAX_ITEMS = 12;
    private static final int MAX_NAME_WORDS = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{1,40}(?:[-'\u2019.&][\\p{L}\\p{N}]{1,40}){0,4}");
    /** Small words inside a name ("Doctors of the World", "Le Monde selon les femmes" is left: lowercase run). */
    private static final Set<String> INNER = Set.of("of", "for", "the", "de", "la", "des", "du", "pour", "del", "für", "van", "der");
    /** Joins between the items of a list, in English, French, Spanish and Portuguese; the longest first. */
    private static final List<String> JOINS = List.of(", and ", ", et ", ", y ", ", e ", "; and ", ", ", "; ", " and ",
            " et ", " y ", " e ", " & ");
    /** Articles an item may open with. */
    private static final List<String> ARTICLES = List.of("the ", "The ", "la ", "le ", "les ", "el ", "los ", "las ", "l'", "l\u2019");
    /**
     * Words that make an item something other than an organisation named without a head noun: the
     * partnership cue's, and the kinds, fields and days a list of organisations runs into ("the
     * Ministries of Health and Education", "on Monday").
     */
    private static final Set<String> NOT_A_NAME = java.util.stream.Stream.concat(PartnershipCueRecogniser.NOT_A_NAME.stream(),
            java.util.stream.Stream.of("Boys", "Children", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday", "Others", "Other", "Ministries", "Offices", "Agencies", "Embassies", "Departments", "Organizations",
                    "Organisations", "Affairs", "Health", "Education", "Justice", "Interior", "Labour", "Labor", "Finance",
                    "Defence", "Defense", "Gender", "Family", "Social", "Welfare"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> POST_TITLES = WordList.of("post-titles");
    private static final Pattern PEOPLES_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ian|ean|ese|ish|an)");
    /** Words after which an item's name has ended: a join, a place or what the organisation did. */
    private static final Pattern ITEM_END = Pattern.compile(
            "(?:[.,;:()!?\"”\\]]|\\s{1,3}\\(|\\s{1,3}(?:and|et|y|e|&|in|from|at|based|who|which|that|to|for|with|on|were|was|are|is|have|has|had|will|also|all|each|both)\\b)");
    /** ", UNODC Representative in Bolivia": a person, named by a post after the name. */
    private static final Pattern POST_AFTER = Pattern.compile(",\\s{1,3}(?:the\\s{1,3})?(?:[\\p{Lu}][\\p{L}'’-]*\\s{1,3}){0,4}(\\p{Lu}\\p{L}+)\\b");
    /** "CGAP's gender lead", "the Ministry of Health Officials": a known name that runs on is a word of another phrase. */
    private static final Pattern RUNS_ON = Pattern.compile("['’]s\\b|\\s{1,3}\\p{Lu}");
    /** "Diana Dezso of FinEquity": two or three plain words and "of" name a person of an organisation. */
    private static final Pattern PERSON_OF = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,2} of .*");

    private ListPeers() {}

    /**
     * The organisations that lists in {@code [from, to)} name beside at least {@link #MIN_NAMED} of
     * {@code named} (every mention found so far), where no mention is.
     */
    static List<Mention> find(String text, int from, int to, List<Mention> named, IriMinter iris) {
        List<Mention> found = new ArrayList<>();
        TreeMap<Integer, Mention> byStart = new TreeMap<>();
        named.stream().sorted(Comparator.comparingInt(Mention::start).thenComparing(m -> -m.end()))
                .forEach(m -> byStart.putIfAbsent(m.start(), m));
        Spans taken = new Spans(named);
        int walkedTo = from;
        for (Mention first : byStart.values()) {
            if (first.start() < walkedTo || !organisation(first))
                continue;
            int organisations = 1;
            List<int[]> candidates = new ArrayList<>();
            boolean lastIsCandidate = false;
            int at = first.end();
            for (int item = 0; item < MAX_ITEMS && at < to; item++) {
                // "the Institute for Research and Democratic Development (IREDD), Medica Liberia, …": an item's acronym is part of it.
                int next = NameRuns.nextItem(text, afterAcronym(text, at, to), to, JOINS);
                if (next < 0)
                    break;
                next = afterArticle(text, next, to);
                Mention there = byStart.get(next);
                // What follows a join is the next item: an organisation's name that ends there ("CGAP's gender lead" is
                // none), or a capitalised name. A list ends at a word in lower case (", which …"); anything else after a
                // join says the name before it was no item of a list ("Dhiraj Pratap Singh, Superintendent of …").
                boolean anItem;
                int end;
                if (there != null && there.entity().type() == EntityType.PARTNER && runsOnInWords(text, there.end(), to)) {
                    // "…, the SADC Parliamentary Forum and Gender Links": a known partner's name opens another
                    // organisation's, still an item of the list; the patterns read that name. (A UN entity's name that
                    // runs on names one of its units, "UNMIS Police", which ends the list as before.)
                    end = NameRuns.end(text, next, to, WORD, INNER, MAX_NAME_WORDS + 2, true);
                    anItem = end > there.end() && endsTheItem(text, end, to);
                } else if (there != null) {
                    anItem = organisation(there) && !runsOn(text, there.end(), to);
                    end = there.end();
                } else {
                    int words = nameEnd(text, next, to, taken);
                    // "Medica Liberia, ActionAid Liberia": an organisation's country chapter ends its name with the country.
                    end = words > next ? countryAfter(text, words, to, byStart) : words;
                    // An item that goes on in other words ("Libyan Coast Guard", "Youth Affairs and Sport" of a
                    // division's name) or that is no organisation's name ends the list.
                    anItem = words > next && !taken.overlap(next, words) && endsTheItem(text, end, to)
                            && aName(text.substring(next, words)) && !aPerson(text, next, end, from, to);
                }
                if (!anItem) {
                    if (lastIsCandidate && !lowercaseAt(text, next, to))
                        candidates.remove(candidates.size() - 1);
                    break;
                }
                if (there != null) {
                    organisations++;
                    lastIsCandidate = false;
                } else {
                    // An acronym alone is left to the readers of acronyms: most are another name's, defined elsewhere.
                    lastIsCandidate = !acronym(text.substring(next, end));
                    if (lastIsCandidate)
                        candidates.add(new int[] {next, end});
                }
                at = end;
            }
            walkedTo = at;
            if (organisations < MIN_NAMED)
                continue;
            for (int[] c : candidates) {
                String label = text.substring(c[0], c[1]);
                found.add(new Mention(Entity.foundByPattern(EntityType.PARTNER, label, iris), c[0], c[1],
                        OrganisationPatternRecogniser.CONFIDENCE));
            }
        }
        return found;
    }

    private static boolean organisation(Mention m) {
        EntityType type = m.entity().type();
        return type == EntityType.AGENCY || type == EntityType.PARTNER;
    }

    private static int afterArticle(String text, int at, int to) {
        for (String article : ARTICLES)
            if (text.startsWith(article, at) && at + article.length() < to)
                return at + article.length();
        return at;
    }

    /** The end of the capitalised run from {@code at}, cut before the first word another name holds. */
    private static int nameEnd(String text, int at, int to, Spans taken) {
        int end = NameRuns.end(text, at, to, WORD, INNER, MAX_NAME_WORDS + 2, true);
        java.util.regex.Matcher w = WORD.matcher(text);
        int pos = at, lastFree = at;
        while (pos < end && w.region(pos, end).lookingAt()) {
            if (taken.overlap(w.start(), w.end()))
                break;
            if (Character.isUpperCase(w.group().codePointAt(0)) || Character.isDigit(w.group().codePointAt(0)))
                lastFree = w.end();
            pos = w.end() + 1;
        }
        return lastFree;
    }

    private static final Pattern BRACKETED_ACRONYM = Pattern.compile("\\s{1,2}\\([\\p{Lu}][\\p{L}\\p{N}&.-]{1,14}\\)");

    /** The end of a bracketed acronym right after {@code at}, or {@code at}. */
    private static int afterAcronym(String text, int at, int to) {
        java.util.regex.Matcher m = BRACKETED_ACRONYM.matcher(text).region(at, Math.min(to, at + 20));
        return m.lookingAt() ? m.end() : at;
    }

    /** The end of a country's name right after {@code end}, when the item ends there; else {@code end}. */
    private static int countryAfter(String text, int end, int to, TreeMap<Integer, Mention> byStart) {
        if (end + 1 >= to || text.charAt(end) != ' ')
            return end;
        Mention country = byStart.get(end + 1);
        return country != null && country.entity().type() == EntityType.COUNTRY && endsTheItem(text, country.end(), to)
                ? country.end() : end;
    }

    private static boolean endsTheItem(String text, int end, int to) {
        return end >= to || ITEM_END.matcher(text).region(end, to).lookingAt();
    }

    /**
     * A person in apposition to a post: ", Antonino de Leo, UNODC Representative in Bolivia" names the
     * post after the name; "the UN Resident Coordinator, Joanna Kazana" and "Secretary of the Ministry
     * of Health, and Gerald Daly" before it.
     */
    private static boolean aPerson(String text, int start, int end, int from, int to) {
        java.util.regex.Matcher post = POST_AFTER.matcher(text).region(end, Math.min(to, end + 80));
        if (post.lookingAt() && anyPost(post.group().substring(1).strip().split("\\s+")))
            return true;
        String before = text.substring(Math.max(from, start - 80), start);
        int comma = before.lastIndexOf(',');
        if (comma < 0)
            return false;
        String[] words = before.substring(0, comma).strip().split("\\s+");
        return anyPost(java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 6), words.length));
    }

    private static boolean anyPost(String[] words) {
        for (String w : words)
            if (PersonPosts.is(w))
                return true;
        return false;
    }

    private static boolean runsOn(String text, int end, int to) {
        return end < to && RUNS_ON.matcher(text).region(end, to).lookingAt();
    }

    /** Whether a name ending at {@code end} runs on into capitalised words, not a possessive. */
    private static boolean runsOnInWords(String text, int end, int to) {
        return runsOn(text, end, to) && !text.startsWith("'", end) && !text.startsWith("\u2019", end);
    }

    private static boolean lowercaseAt(String text, int at, int to) {
        return at < to && Character.isLowerCase(text.codePointAt(at));
    }

    private static boolean acronym(String label) {
        return label.indexOf(' ') < 0 && label.codePoints().filter(Character::isUpperCase).count() >= 2
                && label.codePoints().noneMatch(Character::isLowerCase);
    }

    private static boolean aName(String label) {
        String[] words = label.split(" ");
        // "Libyan and Tunisian CSOs": a people's adjective before its noun, no name.
        if (words.length > MAX_NAME_WORDS || GenericNames.is(label) || RegionNames.is(label) || PERSON_OF.matcher(label).matches()
                || words.length == 1 && PEOPLES_ADJECTIVE.matcher(label).matches())
            return false;
        for (String w : words) {
            String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            if (NOT_A_NAME.contains(bare) || POST_TITLES.contains(bare) || OrganisationPatternRecogniser.isHead(bare)
                    || RegionNames.is(bare))
                return false;
        }
        return true;
    }
}
