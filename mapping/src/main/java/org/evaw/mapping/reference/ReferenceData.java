package org.evaw.mapping.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.evaw.mapping.iri.IriMinter;

/**
 * The curated reference data the recognisers read: UN system entities, intergovernmental bodies,
 * programmes, partners, legal instruments, places and country name variants (Turtle files with
 * IRIs relative to the base) and the UN country table, with the capital of each country as a place. Users extend it by adding Turtle files to a
 * directory of their own; no Java changes.
 */
public final class ReferenceData {
    /** The bundled Turtle files, in the order they are read. */
    public static final List<String> BUNDLED = List.of(
            "agencies.ttl", "bodies.ttl", "programmes.ttl", "partners.ttl",
            "instruments.ttl", "places.ttl", "country-variants.ttl", "additions-mapper.ttl");
    private static final String FOLDER = "/org/evaw/mapping/reference/";

    private ReferenceData() {}

    /** The bundled reference data, resolved against the minter's base. */
    public static Model load(IriMinter iris) {
        return load(iris, List.of());
    }

    /** The bundled reference data plus every {@code .ttl} file in the given directories. */
    public static Model load(IriMinter iris, List<Path> extraDirectories) {
        Model model = ModelFactory.createDefaultModel();
        try {
            CountryTable.addTo(model, iris);
            M49Areas.addTo(model, iris);
            for (String name : BUNDLED) {
                try (InputStream in = ReferenceData.class.getResourceAsStream(FOLDER + name)) {
                    if (in == null)
                        throw new IOException("missing classpath resource " + FOLDER + name);
                    RDFParser.source(in).lang(Lang.TURTLE).base(iris.base()).parse(model);
                }
            }
            CountryTable.addCapitals(model, iris);
            for (Path dir : extraDirectories) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList())
                        RDFParser.source(file).lang(Lang.TURTLE).base(iris.base()).parse(model);
                }
            }
            UnDocs.addToResolutions(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        model.setNsPrefixes(Prefixes.standard());
        return model;
    }
}
