package org.evaw.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.recognise.EntityType;
import org.evaw.mapping.recognise.GazetteerLoader;
import org.evaw.mapping.reference.ReferenceData;
import org.evaw.ontology.EVAW;

/**
 * The agencies, countries, places, programmes, partners and instruments of the reference data, with
 * the names a generated page may use for each. A name shared by two entities (once case, spacing,
 * typographic apostrophes and a leading "the" are folded) is left out: a page that wrote it would
 * have no single truth. Agencies without an acronym are left out too, since the extract contract
 * identifies agencies by acronym.
 */
public final class ReferenceNames {
    private final Map<EntityType, List<Named>> byType = new HashMap<>();
    private final Map<String, Named> countries = new HashMap<>();

    private ReferenceNames(Model reference) {
        List<EntityType> types = List.of(EntityType.AGENCY, EntityType.BODY, EntityType.PROGRAMME, EntityType.PARTNER,
                EntityType.INSTRUMENT, EntityType.COUNTRY, EntityType.PLACE);
        Map<String, Set<String>> owners = new HashMap<>();
        Map<EntityType, List<Resource>> subjects = new HashMap<>();
        for (EntityType type : types) {
            List<Resource> list = reference.listSubjectsWithProperty(RDF.type, type.ontologyClass()).toList().stream()
                    .filter(Resource::isURIResource)
                    .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                    .toList();
            subjects.put(type, list);
            for (Resource r : list)
                for (String name : rawNames(r))
                    owners.computeIfAbsent(key(name), k -> new LinkedHashSet<>()).add(r.getURI());
        }
        for (EntityType type : types) {
            List<Named> named = new ArrayList<>();
            for (Resource r : subjects.get(type)) {
                String label = GazetteerLoader.englishLabel(r);
                if (label == null)
                    continue;
                String code = type == EntityType.COUNTRY ? literal(r, EVAW.iso3) : literal(r, EVAW.acronym);
                String country = null;
                if (type == EntityType.PLACE) {
                    Statement in = r.getProperty(EVAW.inCountry);
                    if (in == null || !in.getObject().isURIResource())
                        continue;
                    country = in.getResource().getURI();
                }
                if (type == EntityType.AGENCY && (code == null || code.isBlank()))
                    continue;
                List<String> names = rawNames(r).stream()
                        .filter(n -> owners.get(key(n)).size() == 1)
                        .filter(n -> !Character.isLowerCase(n.codePointAt(0)))
                        .toList();
                if (names.isEmpty())
                    continue;
                Named n = new Named(type, r.getURI(), label, code, country, names);
                named.add(n);
                if (type == EntityType.COUNTRY)
                    countries.put(n.iri(), n);
            }
            byType.put(type, List.copyOf(named));
        }
        // A place is only usable if its country is.
        byType.put(EntityType.PLACE, byType.get(EntityType.PLACE).stream()
                .filter(p -> countries.containsKey(p.countryIri())).toList());
    }

    /** The bundled reference data, read with the given minter. */
    public static ReferenceNames load(IriMinter iris) {
        return new ReferenceNames(ReferenceData.load(iris));
    }

    /** The usable entities of a type, in a fixed order (by IRI). */
    public List<Named> of(EntityType type) {
        return byType.getOrDefault(type, List.of());
    }

    /** The country a country or place entity names. */
    public Named countryOf(Named entity) {
        return entity.type() == EntityType.COUNTRY ? entity : countries.get(entity.countryIri());
    }

    private static List<String> rawNames(Resource r) {
        Set<String> names = new LinkedHashSet<>();
        // Generated pages are English: a country is named by its English names, not by the five
        // other UN languages' names the country table adds.
        boolean englishOnly = r.hasProperty(RDF.type, EVAW.Country);
        for (Property p : List.of(SKOS.prefLabel, EVAW.acronym, SKOS.altLabel)) {
            for (Statement s : r.listProperties(p).toList()) {
                if (s.getObject().isLiteral() && !(englishOnly && !s.getLanguage().isEmpty() && !s.getLanguage().startsWith("en"))) {
                    String name = s.getString().strip();
                    if (name.startsWith("the "))
                        name = name.substring(4);
                    if (!name.isEmpty())
                        names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }

    /** How the recognisers compare names: by tokens, whatever their case, with typographic variants folded. */
    static String key(String name) {
        String folded = name.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u2010', '-').replace('\u2011', '-');
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < folded.length()) {
            int c = folded.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.appendCodePoint(c);
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(' ').appendCodePoint(c).append(' ');
            } else {
                sb.append(' ');
            }
            i += Character.charCount(c);
        }
        String key = sb.toString().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    private static String literal(Resource r, Property p) {
        Statement s = r.getProperty(p);
        if (s == null)
            return null;
        RDFNode o = s.getObject();
        return o.isLiteral() ? o.asLiteral().getLexicalForm() : null;
    }
}
