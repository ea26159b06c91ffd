package org.evaw.mapping.iri;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Turns any string into a readable, IRI-safe path segment: lower-case ASCII letters, digits and
 * single hyphens. Input that leaves nothing readable gets a stable hash instead, so no key is ever
 * dropped and no character of the input reaches an IRI unescaped.
 */
public final class Slugs {
    static final int MAX_LENGTH = 80;

    private Slugs() {}

    public static String slug(String key) {
        String ascii = Normalizer.normalize(key, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH)
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "") + "-" + hash(key).substring(0, 8);
        return slug.isEmpty() ? "x-" + hash(key).substring(0, 12) : slug;
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
