package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds organisations and programmes that no reference list names, by the shape of their names: a
 * run of capitalised words ending in a head noun, such as a partner's {@code Ministry of Women and
 * Social Affairs}, {@code National Civil Police}, {@code Attorney-General’s Office}, or a
 * programme's {@code Safe Cities Free of Violence Initiative}. Such finds carry a lower confidence
 * than reference matches, and yield to them where the two overlap.
 */
public final class OrganisationPatternRecogniser implements Recogniser {
    static final double CONFIDENCE = 0.6;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.'\u2019][\\p{L}\\p{N}]+)*");
    private static final Set<String> PARTNER_HEADS = Set.of(
            "Ministry", "Ministries", "Office", "Offices", "Commission", "Council", "Committee", "Police",
            "Secretariat", "Institute", "Union", "Network", "Organization", "Organisation", "Association",
            "Authority", "Department", "Court", "Lab", "Laboratory", "University", "Foundation", "Federation",
            "Board", "Bureau", "Centre", "Center", "Parliament", "Agency", "Tribunal", "Forum", "Alliance",
            "Coalition", "Group", "Society", "Academy", "Prosecutor", "Directorate", "Assembly");
    private static final Set<String> PROGRAMME_HEADS = Set.of(
            "Programme", "Program", "Initiative", "Fund", "Campaign", "Project", "Partnership", "Facility");
    /** Words that alone do not make a programme's name ("the Trust Fund", "the Joint Programme"). */
    private static final Set<String> GENERIC_PROGRAMME_WORDS = Set.of(
            "Trust", "Joint", "Global", "Regional", "National", "Country", "Voluntary", "Special", "Pilot", "New", "UN");
    /** Connectors inside a name, between capitalised words. */
    private static final Set<String> INNER = Set.of("and", "of", "for", "on", "against", "the", "in", "&");
    /** Capitalised words that start a sentence or clause rather than a name. */
    private static final Set<String> NOT_NAME_START = Set.of(
            "In", "The", "Under", "During", "Further", "Furthermore", "As", "With", "For", "This", "These", "Its",
            "Their", "Through", "And", "Of", "To", "By", "On", "At", "From", "All", "A", "An", "Pursuant",
            "Mandated", "Together", "Also", "Both", "Each", "Between", "Since", "After", "Before", "Within",
            "Among", "Other", "Several", "Such", "Some", "Many", "Following", "Additionally", "Moreover");

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
        while (h < words.size()) {
            if (!heads.contains(word(text, words.get(h))) || continuesName(text, words, h)) {
                h++;
                continue;
            }
            int left = extendLeft(text, words, h);
            int right = extendRight(text, words, h);
            if (right > left && !(type == EntityType.PROGRAMME && onlyGenericBefore(text, words, left, h))) {
                int start = words.get(left)[0];
                int end = words.get(right)[1];
                String head = singular(WHITESPACE.matcher(text.substring(words.get(h)[0], end)).replaceAll(" "));
                if (h - left == 3 && word(text, words.get(left + 1)).equals("and")) {
                    // "National and Migration Police" names two bodies: National Police and Migration Police.
                    found.add(mention(word(text, words.get(left)) + " " + head, start, end));
                    found.add(mention(word(text, words.get(h - 1)) + " " + head, start, end));
                } else {
                    found.add(mention(WHITESPACE.matcher(text.substring(start, words.get(h)[0])).replaceAll(" ") + head, start, end));
                }
            }
            h = right + 1;
        }
        return found;
    }

    private static boolean onlyGenericBefore(String text, List<int[]> words, int left, int h) {
        for (int i = left; i < h; i++) {
            String w = word(text, words.get(i));
            if (!GENERIC_PROGRAMME_WORDS.contains(w) && !INNER.contains(w))
                return false;
        }
        return true;
    }

    private Mention mention(String label, int start, int end) {
        String kind = type == EntityType.PROGRAMME ? "programme" : "partner";
        Entity entity = new Entity(type, iris.entity(kind, label), label, null, null, false);
        return new Mention(entity, start, end, CONFIDENCE);
    }

    /** One body's name from a plural head: "Offices of the Prosecutor General" is the Office of the Prosecutor General. */
    private static String singular(String fromHead) {
        int space = fromHead.indexOf(' ');
        String head = space < 0 ? fromHead : fromHead.substring(0, space);
        String rest = space < 0 ? "" : fromHead.substring(space);
        String one = switch (head) {
            case "Offices" -> "Office";
            case "Ministries" -> "Ministry";
            default -> head;
        };
        return one + rest;
    }

    /** A head followed by another capitalised word is a modifier ("Expert Group Meeting"), not a head. */
    private static boolean continuesName(String text, List<int[]> words, int h) {
        return h + 1 < words.size() && onlySpaceBetween(text, words, h, h + 1) && isCapitalised(word(text, words.get(h + 1)));
    }

    private static int extendLeft(String text, List<int[]> words, int h) {
        int left = h;
        while (left > 0 && onlySpaceBetween(text, words, left - 1, left)) {
            String previous = word(text, words.get(left - 1));
            if (isCapitalised(previous)) {
                left--;
            } else if (INNER.contains(previous) && left - 2 >= 0 && onlySpaceBetween(text, words, left - 2, left - 1)
                    && isCapitalised(word(text, words.get(left - 2)))) {
                left -= 2;
            } else {
                break;
            }
        }
        while (left < h && NOT_NAME_START.contains(word(text, words.get(left))))
            left++;
        while (left < h && !isCapitalised(word(text, words.get(left))))
            left++;
        return left;
    }

    private static int extendRight(String text, List<int[]> words, int h) {
        int right = h;
        while (true) {
            int k = right + 1;
            if (k >= words.size() || !onlySpaceBetween(text, words, right, k))
                break;
            String connector = word(text, words.get(k));
            if (!connector.equals("of") && !connector.equals("for") && !connector.equals("on") && !connector.equals("against"))
                break;
            k++;
            if (k < words.size() && word(text, words.get(k)).equals("the") && onlySpaceBetween(text, words, k - 1, k))
                k++;
            int last = -1;
            while (k < words.size() && onlySpaceBetween(text, words, k - 1, k)) {
                String w = word(text, words.get(k));
                if (isCapitalised(w)) {
                    last = k;
                    k++;
                } else if (last >= 0 && INNER.contains(w) && k + 1 < words.size() && onlySpaceBetween(text, words, k, k + 1)
                        && isCapitalised(word(text, words.get(k + 1)))) {
                    k++;
                } else {
                    break;
                }
            }
            if (last < 0)
                break;
            right = last;
        }
        return right;
    }

    private static boolean onlySpaceBetween(String text, List<int[]> words, int a, int b) {
        return text.substring(words.get(a)[1], words.get(b)[0]).isBlank();
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }
}
