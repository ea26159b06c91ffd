package org.evaw.server.http;

import java.util.List;
import java.util.Locale;

/**
 * Chooses the language of the labels a document shows: {@code ?lang=} when the request gives one,
 * else the {@code Accept-Language} header (RFC 9110 section 12.5.4) read by RFC 4647 "lookup"
 * (Java's {@link Locale#lookupTag}: the highest-quality range first, {@code fr-CA} falling back to
 * {@code fr}, {@code q=0} excluding a language), else English. A language the graph does not label
 * in, or a header that cannot be read, gets English: a label is always shown.
 */
public final class LanguageNegotiation {
    /** The language of every label that the graph has in any language. */
    public static final String FALLBACK = "en";

    private LanguageNegotiation() {}

    /**
     * @param lang the {@code lang} query parameter, or null
     * @param acceptLanguage the {@code Accept-Language} header, or null
     * @param offered the languages the graph labels in, as lower-case BCP 47 primary tags
     */
    public static String choose(String lang, String acceptLanguage, List<String> offered) {
        String header = lang != null ? lang : acceptLanguage;
        if (header == null || header.isBlank() || header.length() > 1024)
            return FALLBACK;
        try {
            // ?lang= takes one tag and no quality: read as a header of one range it gets lookup's fallback (zh-Hant to zh).
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(lang != null ? lang.strip() : header);
            String tag = Locale.lookupTag(ranges, offered);
            return tag != null ? tag.toLowerCase(Locale.ROOT) : FALLBACK;
        } catch (IllegalArgumentException e) {
            return FALLBACK;
        }
    }
}
