package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds programmes by what the text says was done to them: what an organisation launches is a
 * programme, a campaign, a network or a dialogue it runs, never an organisation ("UNRCCA launched
 * the Dialogue of Women of Central Asia", "the agency launched the Survivors' Voices Network").
 * The name is the run of capitalised words after "launched the", with small connecting words
 * inside; a run that ends in the noun of a document, a plan or a tool ("launched the Global Report
 * on …") is a publication, no programme. Found by pattern; {@link Recognisers} keeps a find only
 * where no other name is, and makes a partner found by its head noun after the same words a
 * programme ({@link #launchedBefore}). Each cue is read over a bounded window: linear in the text.
 */
public final class LaunchedNameRecogniser implements Recogniser {
    /** The words before a launched name: "launched the", "launches its new", "the launch of the". */
    private static final Pattern LAUNCHED = Pattern.compile(
            "\\b(?:(?i:launch(?:ed|es|ing)?|co-launched|relaunched|re-launched)\\s{1,3}(?:(?:the|a|an|its|their|her|his|our|new|joint|first)\\s{1,3}){1,3}"
                    + "|(?i:launch)\\s{1,3}of\\s{1,3}(?:the|its|their)\\s{1,3}(?:new\\s{1,3})?)");
    private static final Pattern LAUNCHED_BEFORE = Pattern.compile("(?:" + LAUNCHED.pattern() + ")$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{1,40}(?:[-'\u2019][\\p{L}\\p{N}]{1,40}){0,3}['\u2019]?");
    private static final Set<String> INNER = Set.of("and", "of", "for", "on", "against", "the", "in", "to", "&", "with");
    /** Nouns that end the name of a publication, a plan, a tool or an event, launched but no programme. */
    private static final Set<String> NOT_PROGRAMMES = WordList.of("launched-non-programmes");
    private static final Set<String> MONTHS = WordList.of("months");
    private static final int MAX_WORDS = 12;
    private static final int LOOK_BEHIND = 48;

    private final IriMinter iris;

    public LaunchedNameRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        if (!Triggers.anyIgnoringCase(text, from, to, "launch"))
            return found;
        Matcher cue = LAUNCHED.matcher(text).region(from, to);
        while (cue.find()) {
            Matcher w = WORD.matcher(text).region(cue.end(), Math.min(to, cue.end() + 400));
            int end = -1;
            int capitalised = 0;
            int expected = cue.end();
            String last = null;
            String head = null;
            int pendingSmall = 0;
            while (w.find() && capitalised + pendingSmall < MAX_WORDS) {
                if (!text.substring(expected, w.start()).isBlank())
                    break;
                String word = w.group();
                // "launched the Dialogue of Women of Central Asia in December 2020": a date says when, no name goes on into it.
                if (pendingSmall > 0 && MONTHS.contains(word))
                    break;
                if (Character.isUpperCase(word.codePointAt(0))) {
                    capitalised++;
                    end = w.end();
                    last = word;
                    pendingSmall = 0;
                } else if (end >= 0 && INNER.contains(word)) {
                    if (head == null)
                        head = last;
                    pendingSmall++;
                } else {
                    break;
                }
                expected = w.end();
            }
            // One capitalised word is a name's beginning only ("launched the Global …" runs on in lowercase).
            // "the Global Report on Safe Cities": the head before the complement says what the name is, as the last word does.
            if (capitalised < 2 || NOT_PROGRAMMES.contains(last) || head != null && NOT_PROGRAMMES.contains(head) || Acronyms.is(text.substring(cue.end(), end).split("\\s")[0]))
                continue;
            String label = text.substring(cue.end(), end).replaceAll("\\s+", " ");
            Entity e = Entity.foundByPattern(EntityType.PROGRAMME, label, iris);
            found.add(new Mention(e, cue.end(), end, OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }

    /** Verbs of convening a meeting: "co-organised the", "convened the second", "hosted the annual". */
    private static final Pattern CONVENED_BEFORE = Pattern.compile(
            "\\b(?i:(?:co-?)?(?:organi[sz]ed|convened|hosted|held|chaired)|(?:co-)?organi[sz]es|convenes|hosts|holds)\\s{1,3}"
                    + "(?:(?:the|a|an|its|their|first|second|third|annual|regional|new)\\s{1,3}){1,3}$");

    /**
     * Whether the words before {@code start} say someone convened what follows: a forum or a dialogue
     * that an organisation organises or hosts is a programme it runs ("UNDP co-organised the Africa Forum on
     * …"), not a partner; a forum named with no such verb may be an organisation ("the Asia Pacific Forum on
     * Women, Law and Development").
     */
    static boolean convenedBefore(String text, int from, int start) {
        return CONVENED_BEFORE.matcher(text).region(Math.max(from, start - LOOK_BEHIND), start).find();
    }

    /** Whether the words just before {@code start} say that what follows was launched. */
    static boolean launchedBefore(String text, int from, int start) {
        return LAUNCHED_BEFORE.matcher(text).region(Math.max(from, start - LOOK_BEHIND), start).find();
    }
}
