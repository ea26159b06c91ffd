package org.evaw.mapping.reference;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;

/**
 * Labels a country or an M49 region in the UN languages other than English (which the country
 * table's English columns give). A country's preferred label is, as in English, the UN's own short
 * name (UNTERM, in the country table: "État de Palestine", where CLDR writes "Territoires
 * palestiniens"), or CLDR's name where UNTERM has none (territories); its other labels are the
 * UN's formal and official names and CLDR's name, from ICU4J ({@link UnLanguages}), so that a
 * text using any of them is understood. A region's label is CLDR's name of its M49 code.
 */
final class TranslatedNames {
    /** The country table's columns holding each language's names, UNTERM's short name first. */
    private static final Map<String, List<String>> COLUMNS = Map.of(
            "ar", List.of("UNTERM Arabic Short", "UNTERM Arabic Formal", "official_name_ar"),
            "zh", List.of("UNTERM Chinese Short", "UNTERM Chinese Formal", "official_name_cn"),
            "fr", List.of("UNTERM French Short", "UNTERM French Formal", "official_name_fr"),
            "ru", List.of("UNTERM Russian Short", "UNTERM Russian Formal", "official_name_ru"),
            "es", List.of("UNTERM Spanish Short", "UNTERM Spanish Formal", "official_name_es"));
    /** UNTERM files a name under its noun and puts the article after it: "Bahamas (les)", "Afganistán (el)". */
    private static final Pattern TRAILING_ARTICLE = Pattern.compile("\\s*\\((?:the|l'|l’|le|la|les|el|los|las)\\)$");
    /** Formal names start with the article a sentence would give them: "la République d'Albanie". */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:(?:the|le|la|les|el|los|las)\\s+|l['’])");

    private TranslatedNames() {}

    /** Adds a country's names in Arabic, Chinese, French, Russian and Spanish. */
    static void addCountry(Resource country, String iso2, CSVRecord row) {
        for (Map.Entry<String, List<String>> language : COLUMNS.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            String tag = language.getKey();
            Set<String> published = new LinkedHashSet<>();
            for (String column : language.getValue())
                addName(published, row.isMapped(column) ? row.get(column) : "");
            // CLDR tells two countries apart with " - " ("Congo - Kinshasa"), a name no text writes.
            UnLanguages.regionName(iso2, tag).filter(n -> !n.contains(" - ")).ifPresent(published::add);
            boolean first = true;
            for (String name : published) {
                country.addProperty(first ? SKOS.prefLabel : SKOS.altLabel, name, tag);
                first = false;
            }
        }
    }

    /** Adds CLDR's names of an M49 region ("2", "419") in Arabic, Chinese, French, Russian and Spanish. */
    static void addRegion(Resource region, String m49) {
        String code = m49.strip();
        if (!code.matches("\\d{1,3}"))
            return;
        String padded = String.format("%03d", Integer.parseInt(code));
        for (String tag : UnLanguages.TAGS) {
            if (!tag.equals("en"))
                UnLanguages.regionName(padded, tag).ifPresent(name -> region.addProperty(SKOS.prefLabel, name, tag));
        }
    }

    private static void addName(Set<String> names, String raw) {
        String name = raw.replace("*", "").strip();
        name = TRAILING_ARTICLE.matcher(name).replaceFirst("");
        name = LEADING_ARTICLE.matcher(name).replaceFirst("").strip();
        if (name.isEmpty() || name.contains(" - "))
            return;
        names.add(name);
        for (String open : new String[] {" (", "（", "("}) {
            int paren = name.indexOf(open);
            if (paren > 0) {
                names.add(name.substring(0, paren).strip());
                break;
            }
        }
    }
}
