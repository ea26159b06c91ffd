package org.evaw.mapping.recognise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.ontology.EVAW;

/**
 * Builds the {@link Gazetteer} from reference data: every {@code skos:prefLabel},
 * {@code skos:altLabel} and {@code evaw:acronym} of every typed entity becomes a name. Types are
 * read in a fixed order so that a name shared by two entities goes to the more specific kind.
 */
public final class GazetteerLoader {
    private static final List<EntityType> ORDER = List.of(
            EntityType.AGENCY, EntityType.BODY, EntityType.PROGRAMME, EntityType.PARTNER,
            EntityType.INSTRUMENT, EntityType.COUNTRY, EntityType.PLACE, EntityType.TERM);

    private GazetteerLoader() {}

    public static Gazetteer from(Model reference) {
        Gazetteer gazetteer = new Gazetteer();
        for (EntityType type : ORDER) {
            for (Resource subject : subjectsOf(reference, type)) {
                Optional<Entity> entity = entityOf(subject, type);
                if (entity.isEmpty())
                    continue;
                for (Property p : List.of(SKOS.prefLabel, EVAW.acronym, SKOS.altLabel)) {
                    for (Statement s : subject.listProperties(p).toList()) {
                        if (s.getObject().isLiteral() && !namesSomethingElse(s))
                            gazetteer.add(stripArticle(s.getString()), entity.get());
                    }
                }
            }
        }
        return gazetteer;
    }

    /** The names the reference data gives each entity (preferred label, acronym, other labels), by IRI. */
    public static Map<String, List<String>> names(Model reference) {
        Map<String, List<String>> names = new HashMap<>();
        for (EntityType type : ORDER) {
            for (Resource subject : subjectsOf(reference, type)) {
                if (!subject.isURIResource())
                    continue;
                List<String> list = names.computeIfAbsent(subject.getURI(), k -> new java.util.ArrayList<>());
                for (Property p : List.of(SKOS.prefLabel, EVAW.acronym, SKOS.altLabel)) {
                    for (Statement st : subject.listProperties(p).toList()) {
                        if (st.getObject().isLiteral() && !list.contains(stripArticle(st.getString())))
                            list.add(stripArticle(st.getString()));
                    }
                }
            }
        }
        return names;
    }

    /** Every entity the reference data describes, by IRI. */
    public static Map<String, Entity> entities(Model reference) {
        Map<String, Entity> entities = new HashMap<>();
        for (EntityType type : ORDER) {
            for (Resource subject : subjectsOf(reference, type))
                entityOf(subject, type).ifPresent(e -> entities.putIfAbsent(e.iri(), e));
        }
        return entities;
    }

    /** The resources of the given kind; one typed both an agency and a body is a body. */
    static List<Resource> subjectsOf(Model reference, EntityType type) {
        List<Resource> subjects = new java.util.ArrayList<>();
        for (Resource c : type.referenceClasses())
            subjects.addAll(reference.listSubjectsWithProperty(RDF.type, c).toList());
        if (type == EntityType.AGENCY)
            subjects.removeIf(s -> EntityType.BODY.referenceClasses().stream().anyMatch(b -> s.hasProperty(RDF.type, b)));
        return subjects;
    }

    /** The entity a reference resource describes, or empty if it lacks a label (or a place its country). */
    public static Optional<Entity> entityOf(Resource subject, EntityType type) {
        if (!subject.isURIResource())
            return Optional.empty();
        String label = englishLabel(subject);
        if (label == null)
            return Optional.empty();
        String code = switch (type) {
            case COUNTRY -> literal(subject, EVAW.iso3);
            case RESOLUTION -> literal(subject, EVAW.symbol);
            default -> literal(subject, EVAW.acronym);
        };
        String country = null;
        if (type == EntityType.COUNTRY)
            country = subject.getURI();
        if (type == EntityType.PLACE) {
            Statement in = subject.getProperty(EVAW.inCountry);
            if (in == null || !in.getObject().isURIResource())
                return Optional.empty();
            country = in.getResource().getURI();
        }
        return Optional.of(new Entity(type, subject.getURI(), label, code, country, true));
    }

    /**
     * The English preferred label, else one without a language, else any: the label the
     * extraction report and the page graphs give an entity, whatever other languages label it.
     */
    public static String englishLabel(Resource subject) {
        String untagged = null;
        String other = null;
        for (Statement s : subject.listProperties(SKOS.prefLabel).toList()) {
            if (!s.getObject().isLiteral())
                continue;
            String language = s.getLanguage();
            if (language.equalsIgnoreCase("en") || language.toLowerCase(java.util.Locale.ROOT).startsWith("en-"))
                return s.getString();
            if (language.isEmpty() && untagged == null)
                untagged = s.getString();
            else if (other == null || s.getString().compareTo(other) < 0)
                other = s.getString();
        }
        return untagged != null ? untagged : other;
    }

    private static String literal(Resource subject, Property p) {
        Statement s = subject.getProperty(p);
        if (s == null)
            return null;
        RDFNode o = s.getObject();
        return o.isLiteral() ? o.asLiteral().getLexicalForm() : null;
    }

    /**
     * Country names in French or Spanish that English text mostly uses for people or other places
     * ("Maurice Strong", "Granada" in Spain, "Salvador de Bahia"): not recognised in text, though
     * they stay the countries' labels.
     */
    private static final java.util.Set<String> OTHER_MEANINGS = java.util.Set.of(
            "Maurice", "Mauricio", "Granada", "Salvador", "Guadalupe", "Dominique");

    private static boolean namesSomethingElse(Statement label) {
        String language = label.getLanguage();
        return (language.equals("fr") || language.equals("es")) && OTHER_MEANINGS.contains(label.getString());
    }

    private static String stripArticle(String name) {
        return name.startsWith("the ") ? name.substring(4) : name;
    }
}
