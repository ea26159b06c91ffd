package org.evaw.mapping.iri;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.codec.digest.DigestUtils;
import org.evaw.ontology.iri.UriSpace;

/**
 * Turns any string into a readable, IRI-safe path segment of the shape {@link UriSpace#SLUG}:
 * lower-case ASCII letters, digits and single hyphens. Input that leaves nothing readable gets a stable hash instead, so no key is ever
 * dropped and no character of the input reaches an IRI unescaped.
 */
public final class Slugs {
    static final int MAX_LENGTH = 80;
    // Compiled once: a slug is minted for every mention of every page.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+|-+$)");
    private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

    private Slugs() {}

    public static String slug(String key) {
        String slug = isAscii(key) ? asciiSlug(key) : patternSlug(key);
        if (slug.length() > MAX_LENGTH)
            slug = TRAILING_HYPHENS.matcher(slug.substring(0, MAX_LENGTH)).replaceAll("") + "-" + hash(key).substring(0, 8);
        return slug.isEmpty() ? "x-" + hash(key).substring(0, 12) : slug;
    }

    /** The slug's steps as patterns, for any text: decomposed, marks dropped, lower case, apostrophes dropped, hyphens for the rest. */
    static String patternSlug(String key) {
        String ascii = MARKS.matcher(Normalizer.normalize(key, Normalizer.Form.NFKD)).replaceAll("");
        String slug = ascii.toLowerCase(Locale.ROOT);
        slug = APOSTROPHES.matcher(slug).replaceAll("");
        slug = NOT_SLUG.matcher(slug).replaceAll("-");
        return EDGE_HYPHENS.matcher(slug).replaceAll("");
    }

    /**
     * The same steps in one pass, for ASCII text, which decomposes to itself and holds no marks: most
     * keys (page ids, offsets, acronyms), and a slug is minted for every mention, passage and
     * activity of every page, where the five patterns cost a tenth of the build's time.
     */
    static String asciiSlug(String key) {
        StringBuilder slug = new StringBuilder(key.length());
        boolean gap = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 'A' && c <= 'Z')
                c = (char) (c + ('a' - 'A'));
            if (c == '\'')
                continue;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                // A run of other characters is one hyphen, and none at either edge.
                if (gap && !slug.isEmpty())
                    slug.append('-');
                gap = false;
                slug.append(c);
            } else {
                gap = true;
            }
        }
        return slug.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++)
            if (s.charAt(i) >= 0x80)
                return false;
        return true;
    }

    private static String hash(String key) {
        return DigestUtils.sha256Hex(key);
    }
}
