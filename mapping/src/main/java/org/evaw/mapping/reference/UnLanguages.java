package org.evaw.mapping.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

/**
 * The six official languages of the United Nations and CLDR's names, in each, of the countries
 * (ISO 3166-1 alpha-2) and the M49 regions (three-digit codes such as {@code 002}, {@code 419}),
 * read from ICU4J's copy of CLDR. The reference data's labels in these languages are generated from
 * here when it is loaded, so that no table of names is typed by hand and a newer ICU brings CLDR's
 * corrections.
 */
public final class UnLanguages {
    /** The UN's official languages, as BCP 47 tags, in the UN's order (Arabic, Chinese, English, French, Russian, Spanish). */
    public static final List<String> TAGS = List.of("ar", "zh", "en", "fr", "ru", "es");

    private static final Map<String, LocaleDisplayNames> NAMES = new ConcurrentHashMap<>();

    private UnLanguages() {}

    /**
     * CLDR's name of a region (an ISO 3166-1 alpha-2 code or a three-digit M49 code) in a language,
     * or empty if CLDR has none: ICU answers an unknown code with the code itself.
     */
    public static Optional<String> regionName(String code, String language) {
        String name = NAMES.computeIfAbsent(language, l -> LocaleDisplayNames.getInstance(
                ULocale.forLanguageTag(l), LocaleDisplayNames.DialectHandling.STANDARD_NAMES)).regionDisplayName(code);
        return name == null || name.isBlank() || name.equalsIgnoreCase(code) ? Optional.empty() : Optional.of(name.strip());
    }
}
