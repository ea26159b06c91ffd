package org.evaw.mapping;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.evaw.mapping.analysis.DocumentAnalyser;
import org.evaw.mapping.classify.LabelClassifier;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.learn.NameRecognition;
import org.evaw.mapping.rdf.DocumentRdf;
import org.evaw.mapping.recognise.Recogniser;
import org.evaw.mapping.recognise.Recognisers;
import org.evaw.mapping.reference.ReferenceData;
import org.evaw.ontology.OntologyFiles;

/**
 * The mapping's parts for one base IRI and one set of reference data, made once and shared by
 * every thread: the reference data, the recognisers built from it, the analyser that reads a page
 * with them and the RDF writer. The page pipeline ({@code org.evaw.pipeline.PageMapping}) runs
 * them on each page; {@code extract} and {@code eval} use the analyser alone.
 * <pre>
 *   Mapper mapper = new Mapper(IriMinter.defaultBase());
 *   DocumentAnalysis analysis = mapper.analyser().analyse(PageDecoder.read(file));
 * </pre>
 */
public final class Mapper {
    private final IriMinter iris;
    private final Model reference;
    private final Recognisers recognisers;
    private final Model conceptSchemes;
    private final DocumentAnalyser analyser;
    private final DocumentRdf rdf;

    /** The parts over the bundled reference data. */
    public Mapper(IriMinter iris) {
        this(iris, List.of());
    }

    /** The parts over the bundled reference data and the {@code .ttl} files in the given directories. */
    public Mapper(IriMinter iris, List<Path> extraReference) {
        this(iris, extraReference, OntologyFiles.conceptSchemes());
    }

    /**
     * The parts over the bundled reference data and the {@code .ttl} files in the given
     * directories, classifying activities by {@code conceptSchemes} (the bundled ones are
     * {@link OntologyFiles#conceptSchemes()}); the ontology graph then holds these schemes.
     */
    public Mapper(IriMinter iris, List<Path> extraReference, Model conceptSchemes) {
        this(iris, extraReference, conceptSchemes, NameRecognition.DEFAULT.learnt(iris));
    }

    /**
     * As {@link #Mapper(IriMinter, List, Model)}, with a learnt recogniser whose names fill the gaps
     * the rules leave ({@link Recognisers}); {@code null} for the rules alone.
     */
    public Mapper(IriMinter iris, List<Path> extraReference, Model conceptSchemes, Recogniser learnt) {
        this.iris = iris;
        this.reference = ReferenceData.load(iris, extraReference);
        this.recognisers = new Recognisers(reference, iris, learnt);
        this.conceptSchemes = conceptSchemes;
        this.analyser = new DocumentAnalyser(recognisers, LabelClassifier.of(conceptSchemes));
        this.rdf = new DocumentRdf(iris);
    }

    public IriMinter iris() { return iris; }

    /** The reference data, as read: the build writes it as a graph of its own. */
    public Model reference() { return reference; }

    public Recognisers recognisers() { return recognisers; }

    /** The concept schemes that classify activities, as the classifier read them. */
    public Model conceptSchemes() { return conceptSchemes; }

    /**
     * What the ontology graph ({@code {base}graph/ontology}) holds: the ontology and the concept
     * schemes the activities are classified by, both vocabulary with IRIs fixed in every
     * deployment. A new graph each call.
     */
    public Graph ontologyGraph() {
        Model vocabulary = OntologyFiles.ontology();
        vocabulary.add(conceptSchemes);
        return vocabulary.getGraph();
    }

    public DocumentAnalyser analyser() { return analyser; }

    public DocumentRdf rdf() { return rdf; }
}
