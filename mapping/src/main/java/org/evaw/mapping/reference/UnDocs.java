package org.evaw.mapping.reference;

import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.evaw.ontology.EVAW;

/**
 * The UN's record of a document, found by its symbol: {@code https://undocs.org/} followed by the
 * symbol, the permalink the UN publishes for every document of its Official Document System
 * (ODS), which answers in the reader's language. Chosen over the UN Digital Library because a
 * Digital Library record is named by a number of its own ({@code digitallibrary.un.org/record/189104}),
 * which cannot be derived from the symbol offline; the undocs form is the symbol itself.
 */
public final class UnDocs {
    public static final String BASE = "https://undocs.org/";

    private UnDocs() {}

    /**
     * The permalink of a document symbol, written as undocs.org writes it: without spaces, so that
     * "S/RES/1325 (2000)" becomes {@code https://undocs.org/S/RES/1325(2000)}. Empty for a World
     * Health Assembly resolution (WHA67.15): WHO's, not in the UN's document system.
     */
    public static Optional<String> permalink(String symbol) {
        String s = symbol.strip().replace(" ", "");
        if (s.isEmpty() || s.startsWith("WHA") || !s.matches("[A-Za-z0-9/.()\\-]+"))
            return Optional.empty();
        return Optional.of(BASE + s);
    }

    /**
     * Gives every resolution of the reference data that has a symbol but not yet its
     * {@code dcterms:identifier} and permalink those two, as the mapper does for the resolutions it
     * finds in text: a user's own reference file need not write them.
     */
    public static void addToResolutions(Model model) {
        for (Resource resolution : model.listSubjectsWithProperty(RDF.type, EVAW.Resolution).toList()) {
            for (Statement symbol : resolution.listProperties(EVAW.symbol).toList()) {
                if (!symbol.getObject().isLiteral())
                    continue;
                String text = symbol.getString();
                resolution.addProperty(DCTerms.identifier, text);
                permalink(text).ifPresent(url -> resolution.addProperty(RDFS.seeAlso, model.createResource(url)));
            }
        }
    }
}
