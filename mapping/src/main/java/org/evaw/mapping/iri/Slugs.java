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
        String ascii = MARKS.matcher(Normalizer.normalize(key, Normalizer.Form.NFKD)).replaceAll("");
        String slug = ascii.toLowerCase(Locale.ROOT);
        slug = APOSTROPHES.matcher(slug).replaceAll("");
        slug = NOT_SLUG.matcher(slug).replaceAll("-");
        slug = EDGE_HYPHENS.matcher(slug).replaceAll("");
        if (slug.length() > MAX_LENGTH)
            slug = TRAILING_HYPHENS.matcher(slug.substring(0, MAX_LENGTH)).replaceAll("") + "-" + hash(key).substring(0, 8);
        return slug.isEmpty() ? "x-" + hash(key).substring(0, 12) : slug;
    }

    private static String hash(String key) {
        return DigestUtils.sha256Hex(key);
    }
}
