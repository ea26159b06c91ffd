package org.evaw.mapping.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.ontology.EVAW;

/**
 * Adds to the countries and regions of the UN country table ({@link CountryTable}) the identifiers
 * the UN gives them: the M49 code as a {@code skos:notation} typed {@code evaw:M49Code}, the
 * geographic area of the SDG Knowledge Organization System with that code as {@code skos:exactMatch},
 * and the M49 hierarchy: every area from the world (001) down to the intermediate regions (Western
 * Africa, 011) with its code and the area it belongs to as {@code skos:broader}, and each country
 * linked to its intermediate region where M49 names one. Read offline, from the table's code
 * columns; the build never asks the network.
 */
public final class M49Areas {
    /**
     * Where the SDG Knowledge Organization System names a geographic area by its three-digit M49
     * code: the UN Statistics Division's SDG data cubes use {@code http://metadata.un.org/sdg/codes/geoArea/404}
     * for Kenya and {@code …/geoArea/009} for Oceania (UNStats/LOD4Stats, sdg-data-cubes-converter/codes.json).
     */
    public static final String SDG_GEO_AREA = "http://metadata.un.org/sdg/codes/geoArea/";

    /** The levels of M49, from the top; each names the code and name columns of the table. */
    private static final String[][] LEVELS = {
            {"Global Code", "Global Name"},
            {"Region Code", "Region Name"},
            {"Sub-region Code", "Sub-region Name"},
            {"Intermediate Region Code", "Intermediate Region Name"}};

    private M49Areas() {}

    /** Adds the codes of the bundled country table ({@link CountryTable#RESOURCE}) to the countries and regions in {@code model}. */
    public static void addTo(Model model, IriMinter iris) throws IOException {
        try (InputStream in = M49Areas.class.getResourceAsStream(CountryTable.RESOURCE)) {
            if (in == null)
                throw new IOException("missing classpath resource " + CountryTable.RESOURCE);
            addTo(model, iris, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /**
     * Reads the whole table before adding anything, so that a table whose hierarchy contradicts
     * itself (one region with two codes or two parents) is refused with the model untouched.
     */
    static void addTo(Model model, IriMinter iris, Reader csv) throws IOException {
        Map<String, Area> areas = new LinkedHashMap<>();
        List<Row> countries = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord row : format.parse(csv)) {
            String iso3 = row.get("ISO3166-1-Alpha-3").strip();
            if (!iso3.matches("[A-Z]{3}"))
                continue;
            Area parent = null;
            for (String[] level : LEVELS) {
                String name = row.get(level[1]).strip();
                String code = row.get(level[0]).strip();
                if (name.isEmpty() && code.isEmpty())
                    continue;
                if (name.isEmpty())
                    throw new IOException("country table, line " + row.getRecordNumber() + ": " + level[0] + " " + code
                            + " has no " + level[1]);
                Area area = new Area(name, code(code, "the " + level[0] + " of '" + name + "'", row),
                        parent == null ? null : parent.name());
                Area known = areas.putIfAbsent(name, area);
                if (known != null && !known.equals(area))
                    throw new IOException("country table, line " + row.getRecordNumber() + ": " + describe(area)
                            + " contradicts an earlier line, which gives " + describe(known));
                parent = area;
            }
            countries.add(new Row(iso3, code(row.get("M49").strip(), "the M49 code of " + iso3, row),
                    row.get("Intermediate Region Name").strip()));
        }

        for (Area area : areas.values()) {
            Resource region = model.createResource(iris.entity("region", area.name()))
                    .addProperty(RDF.type, EVAW.Region)
                    .addProperty(SKOS.prefLabel, area.name(), "en");
            // The world and the intermediate regions reach the graph only here: CLDR names them too.
            TranslatedNames.addRegion(region, area.code());
            identify(model, region, area.code());
            if (area.parent() != null)
                region.addProperty(SKOS.broader, model.createResource(iris.entity("region", area.parent())));
        }
        for (Row row : countries) {
            Resource country = model.createResource(iris.entity("country", row.iso3()));
            // CountryTable leaves out rows without a name (Antarctica): nothing to add codes to.
            if (!model.contains(country, RDF.type, EVAW.Country))
                continue;
            identify(model, country, row.m49());
            if (!row.intermediateRegion().isEmpty())
                country.addProperty(EVAW.intermediateRegion, model.createResource(iris.entity("region", row.intermediateRegion())));
        }
    }

    /** The M49 code of a country or region in all the forms a consumer looks for it. */
    private static void identify(Model model, Resource area, String code) {
        area.addProperty(EVAW.m49, code)
                .addProperty(SKOS.notation, model.createTypedLiteral(code, EVAW.M49Code.getURI()))
                .addProperty(SKOS.exactMatch, model.createResource(SDG_GEO_AREA + code));
    }

    /** A code of one to three digits as M49 writes it, with its leading zeros: "11" becomes "011". */
    private static String code(String raw, String what, CSVRecord row) throws IOException {
        if (!raw.matches("\\d{1,3}"))
            throw new IOException("country table, line " + row.getRecordNumber() + ": " + what
                    + " is \"" + raw + "\", not a number of one to three digits");
        return String.format("%03d", Integer.parseInt(raw));
    }

    private static String describe(Area a) {
        return "'" + a.name() + "' (" + a.code() + (a.parent() == null ? "" : ", in '" + a.parent() + "'") + ")";
    }

    private record Area(String name, String code, String parent) {}

    private record Row(String iso3, String m49, String intermediateRegion) {}
}
