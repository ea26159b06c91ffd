package org.evaw.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;

/**
 * The ontology, the concept schemes that classify activities, the SHACL shapes, the JSON-LD
 * context and the query that materialises the summary properties, bundled on the classpath, by
 * resource name and as loaded Jena objects.
 */
public final class OntologyFiles {
    private OntologyFiles() {}

    /** Classpath resource name of the OWL ontology in Turtle. */
    public static final String ONTOLOGY_RESOURCE = "/org/evaw/ontology/evaw.ttl";
    /** Classpath resource name of the SHACL shapes in Turtle. */
    public static final String SHAPES_RESOURCE = "/org/evaw/ontology/shapes.ttl";
    /** Classpath resource name of the forms-of-violence SKOS scheme ({@link ConceptSchemes#FORMS_OF_VIOLENCE}). */
    public static final String FORMS_OF_VIOLENCE_RESOURCE = "/org/evaw/ontology/forms-of-violence.ttl";
    /** Classpath resource name of the kinds-of-intervention SKOS scheme ({@link ConceptSchemes#INTERVENTIONS}). */
    public static final String INTERVENTIONS_RESOURCE = "/org/evaw/ontology/interventions.ttl";
    /** Classpath resource name of the SHACL shapes that check the SKOS schemes. */
    public static final String SKOS_SHAPES_RESOURCE = "/org/evaw/ontology/skos-shapes.ttl";

    /**
     * Classpath resource name of the JSON-LD context: the prefixes of the vocabularies the graph
     * uses, which the server publishes at {@code /context.jsonld} and the loader reads as its only
     * built-in context.
     */
    public static final String JSONLD_CONTEXT_RESOURCE = "/org/evaw/ontology/context.jsonld";
    /**
     * Classpath resource name of the SPARQL CONSTRUCT that computes the summary graph: the values of
     * {@code evaw:activityCount}, {@code evaw:regionActivityCount}, {@code evaw:worksIn},
     * {@code evaw:worksOn}, {@code evaw:activityAgency} and {@code evaw:activityCountry} over the
     * union of the named graphs.
     */
    public static final String SUMMARY_QUERY_RESOURCE = "/org/evaw/ontology/summary.rq";

    /**
     * Classpath resource name of the SPARQL CONSTRUCT that gives the graph's passages and mentions,
     * stored as NIF strings, as the W3C Web Annotations they stand for (annotation, target,
     * text-position and text-quote selectors), for export.
     */
    public static final String WEB_ANNOTATIONS_QUERY_RESOURCE = "/org/evaw/ontology/web-annotations.rq";

    /** The JSON-LD context document, as published. */
    public static byte[] jsonLdContext() {
        return bytes(JSONLD_CONTEXT_RESOURCE);
    }

    /** The text of the query that computes the summary graph ({@link #SUMMARY_QUERY_RESOURCE}). */
    public static String summaryQuery() {
        return new String(bytes(SUMMARY_QUERY_RESOURCE), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The text of the query that gives passages and mentions as Web Annotations ({@link #WEB_ANNOTATIONS_QUERY_RESOURCE}). */
    public static String webAnnotationsQuery() {
        return new String(bytes(WEB_ANNOTATIONS_QUERY_RESOURCE), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A new model holding the ontology; each call parses afresh, so callers may modify it. */
    public static Model ontology() {
        return ModelFactory.createModelForGraph(parse(ONTOLOGY_RESOURCE));
    }

    /** The SHACL shapes, ready for {@code ShaclValidator}. */
    public static Shapes shapes() {
        return ShapesHolder.SHAPES;
    }

    /** The shapes as an RDF graph, for tools that want the triples rather than compiled shapes. */
    public static Graph shapesGraph() {
        return parse(SHAPES_RESOURCE);
    }

    /** A new model holding the forms-of-violence scheme; each call parses afresh. */
    public static Model formsOfViolence() {
        return ModelFactory.createModelForGraph(parse(FORMS_OF_VIOLENCE_RESOURCE));
    }

    /** A new model holding the kinds-of-intervention scheme; each call parses afresh. */
    public static Model interventions() {
        return ModelFactory.createModelForGraph(parse(INTERVENTIONS_RESOURCE));
    }

    /** A new model holding both concept schemes, as the classifier and the ontology graph want them. */
    public static Model conceptSchemes() {
        Model schemes = formsOfViolence();
        schemes.add(interventions());
        return schemes;
    }

    /** The SHACL shapes for SKOS integrity of the concept schemes, ready for {@code ShaclValidator}. */
    public static Shapes skosShapes() {
        return Shapes.parse(parse(SKOS_SHAPES_RESOURCE));
    }

    // A missing resource means a broken build, not a user error, hence unchecked.
    private static Graph parse(String resource) {
        try (InputStream in = OntologyFiles.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IOException("Resource not on the classpath: " + resource);
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = OntologyFiles.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IOException("Resource not on the classpath: " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Compiled shapes are not modified by validation, so one parse serves every caller;
    // the holder defers it until shapes are first asked for.
    private static final class ShapesHolder {
        static final Shapes SHAPES = Shapes.parse(shapesGraph());
    }
}
