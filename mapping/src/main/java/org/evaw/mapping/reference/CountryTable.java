package org.evaw.mapping.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.ontology.EVAW;

/**
 * Reads the UN country table (UNTERM names, ISO 3166 and M49 codes, M49 regions) as published and
 * adds each country and region to a model: the names become SKOS labels, so the recognisers see
 * UN short and formal names, official names and CLDR display names alike. The preferred label is
 * the UN short name, or, where UNTERM gives none, the CLDR name ("Côte d’Ivoire", not "Ivory Coast").
 * Countries and regions are also labelled in the other five UN languages ({@link TranslatedNames}).
 */
public final class CountryTable {
    public static final String RESOURCE = "/org/evaw/mapping/reference/country-codes.csv";

    private CountryTable() {}

    public static void addTo(Model model, IriMinter iris) throws IOException {
        try (InputStream in = CountryTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IOException("missing classpath resource " + RESOURCE);
            addTo(model, iris, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    static void addTo(Model model, IriMinter iris, Reader csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord row : format.parse(csv)) {
            String iso3 = row.get("ISO3166-1-Alpha-3").strip();
            if (!iso3.matches("[A-Z]{3}"))
                continue;
            Set<String> names = new LinkedHashSet<>();
            for (String column : new String[] {"UNTERM English Short", "CLDR display name", "official_name_en", "UNTERM English Formal"})
                addName(names, row.get(column));
            if (names.isEmpty())
                continue;
            Resource country = model.createResource(iris.entity("country", iso3));
            country.addProperty(RDF.type, EVAW.Country);
            boolean first = true;
            for (String name : names) {
                country.addProperty(first ? SKOS.prefLabel : SKOS.altLabel, name, "en");
                first = false;
            }
            country.addProperty(EVAW.iso3, iso3);
            addCode(country, EVAW.iso2, row.get("ISO3166-1-Alpha-2"));
            TranslatedNames.addCountry(country, row.get("ISO3166-1-Alpha-2").strip(), row);
            String m49 = row.get("M49").strip();
            if (m49.matches("\\d{1,3}"))
                country.addProperty(EVAW.m49, String.format("%03d", Integer.parseInt(m49)));
            addRegion(model, iris, country, EVAW.region, row.get("Region Name"), optional(row, "Region Code"));
            addRegion(model, iris, country, EVAW.subregion, row.get("Sub-region Name"), optional(row, "Sub-region Code"));
            String wikidata = row.get("wikidata_id").strip();
            if (wikidata.matches("https://www\\.wikidata\\.org/wiki/Q\\d+"))
                country.addProperty(SKOS.exactMatch, model.createResource(
                        "http://www.wikidata.org/entity/" + wikidata.substring(wikidata.lastIndexOf('/') + 1)));
        }
    }

    /**
     * Adds the capital of each country with a UN name as a place in it, unless the reference data
     * already names a place or country so: a capital named in a text is a place in that country
     * ("a training of trainers in Tunis"). Capitals whose names are common words or names of people,
     * or whose status is disputed, are left out.
     */
    public static void addCapitals(Model model, IriMinter iris) throws IOException {
        try (InputStream in = CountryTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IOException("missing classpath resource " + RESOURCE);
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String iso3 = row.get("ISO3166-1-Alpha-3").strip();
                String capital = row.get("Capital").strip();
                if (capital.isEmpty() || row.get("UNTERM English Short").isBlank() || AMBIGUOUS_CAPITALS.contains(capital)
                        || named(model, capital))
                    continue;
                Resource country = model.createResource(iris.entity("country", iso3));
                model.createResource(iris.entity("place", capital))
                        .addProperty(RDF.type, EVAW.Place)
                        .addProperty(SKOS.prefLabel, capital, "en")
                        .addProperty(EVAW.inCountry, country);
            }
        }
    }

    /** Capitals that are also words, people's names or disputed: a text naming them may mean something else. */
    private static final Set<String> AMBIGUOUS_CAPITALS = Set.of("Male", "Victoria", "Kingston", "Georgetown", "Jerusalem",
            "Hamilton", "Douglas", "Stanley", "Basseterre", "Castries", "Nassau", "Praia", "Sucre", "Valletta");

    private static boolean named(Model model, String name) {
        for (org.apache.jena.rdf.model.Property p : new org.apache.jena.rdf.model.Property[] {SKOS.prefLabel, SKOS.altLabel}) {
            for (Resource r : model.listSubjectsWithProperty(p, model.createLiteral(name, "en")).toList()) {
                if (r.hasProperty(RDF.type, EVAW.Place) || r.hasProperty(RDF.type, EVAW.Country))
                    return true;
            }
        }
        return false;
    }

    /** Adds a UN name without its annotations ("(the)", "*"), and the short form before a parenthesis. */
    private static void addName(Set<String> names, String raw) {
        String name = raw.replace("*", "").strip()
                .replaceAll("\\s*\\(the\\)$", "")
                .replaceAll("^the\\s+", "")
                .strip();
        // CLDR disambiguates with " - " ("Congo - Kinshasa"): not a name a page would write.
        if (name.isEmpty() || name.contains(" - "))
            return;
        names.add(name);
        int paren = name.indexOf(" (");
        if (paren > 0)
            names.add(name.substring(0, paren).strip());
    }

    /** A column a table may lack (an older copy, a user's sample): empty when absent. */
    private static String optional(CSVRecord row, String column) {
        return row.isMapped(column) ? row.get(column) : "";
    }

    private static void addCode(Resource country, org.apache.jena.rdf.model.Property property, String raw) {
        String code = raw.strip();
        if (!code.isEmpty())
            country.addProperty(property, code);
    }

    private static void addRegion(Model model, IriMinter iris, Resource country,
                                  org.apache.jena.rdf.model.Property property, String name, String m49) {
        String label = name.strip();
        if (label.isEmpty())
            return;
        Resource region = model.createResource(iris.entity("region", label))
                .addProperty(RDF.type, EVAW.Region)
                .addProperty(SKOS.prefLabel, label, "en");
        TranslatedNames.addRegion(region, m49);
        country.addProperty(property, region);
    }
}
