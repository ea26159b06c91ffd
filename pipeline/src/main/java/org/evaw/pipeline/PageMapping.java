package org.evaw.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.analysis.DocumentAnalysis;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.PageDecoder;
import org.evaw.mapping.page.PageFormatException;
import org.evaw.mapping.page.SourcePage;
import org.evaw.mapping.recognise.Entity;
import org.evaw.ontology.OntologyFiles;

/**
 * The page pipeline, the one every command runs: a page is decoded, analysed, written as RDF into
 * its named graph, validated with the SHACL shapes (all of them, or in a build on most pages only
 * the SHACL Core ones: {@link ShapesLevel}) and tallied (warnings, violations, entities
 * named) into a {@link MappedPage}. It keeps nothing between pages, so one instance serves every
 * thread of a build.
 * <pre>
 *   PageMapping mapping = PageMapping.create(IriMinter.defaultBase());
 *   MappedPage mapped = mapping.map(PageDecoder.read(file));
 *   mapped.sendTo(stream);
 * </pre>
 */
public final class PageMapping {
    private final Mapper mapper;
    private final ShapesCheck shapes;

    /** The pipeline over the given mapper's parts. */
    public PageMapping(Mapper mapper) {
        this.mapper = mapper;
        this.shapes = new ShapesCheck(OntologyFiles.shapes(), mapper.reference().getGraph());
    }

    /** The pipeline over the bundled reference data, minting IRIs with {@code iris}. */
    public static PageMapping create(IriMinter iris) {
        return new PageMapping(new Mapper(iris));
    }

    /** The parts the pipeline runs: the reference data, the recognisers, the analyser. */
    public Mapper mapper() { return mapper; }

    /** Decodes the bytes of a page file, then maps the page; a file larger than a page can be is refused. Every shape is checked. */
    public MappedPage map(String fileName, byte[] content) throws PageFormatException {
        return map(fileName, content, ShapesLevel.ALL);
    }

    /** Decodes the bytes of a page file, then maps the page, validated with the shapes of {@code level}. */
    public MappedPage map(String fileName, byte[] content, ShapesLevel level) throws PageFormatException {
        if (content.length > PageDecoder.MAX_PAGE_BYTES)
            throw new PageFormatException(fileName, "larger than " + PageDecoder.MAX_PAGE_BYTES + " bytes");
        return map(PageDecoder.decode(fileName, content), level);
    }

    /** Maps a decoded page: any text maps, an inventory page by its structure, prose by its paragraphs. Every shape is checked. */
    public MappedPage map(SourcePage page) throws PageFormatException {
        return map(page, ShapesLevel.ALL);
    }

    /** Maps a decoded page, validated with the shapes of {@code level}. */
    public MappedPage map(SourcePage page, ShapesLevel level) throws PageFormatException {
        DocumentAnalysis analysis = mapper.analyser().analyse(page);
        Graph graph = GraphFactory.createDefaultGraph();
        mapper.rdf().write(analysis, new StreamRDFBase() {
            @Override public void quad(Quad quad) { graph.add(quad.asTriple()); }
            @Override public void triple(Triple triple) { graph.add(triple); }
        });
        Set<Entity> entities = new HashSet<>();
        analysis.passages().forEach(p -> p.mentions().forEach(m -> entities.add(m.entity())));
        // The concepts activities are classified by count among the page's entities, so that
        // build's summary says how many forms of violence and interventions the corpus touches.
        analysis.activities().forEach(a -> a.classifications().forEach(m -> entities.add(m.entity())));
        return new MappedPage(page, NodeFactory.createURI(mapper.iris().documentGraph(page.id())), graph,
                analysis.warnings(), shapes.violations(graph, level), entities);
    }

    /** The reference data's own violations of the shapes: the same for every page, so a build checks them once. */
    public List<ReportEntry> referenceViolations() {
        return shapes.referenceViolations();
    }
}
