package org.evaw.mapping.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.ontology.EVAW;
import org.junit.jupiter.api.Test;

/**
 * The Wikidata items of the bundled agencies, bodies, partners and programmes: each written as the
 * entity IRI Wikidata publishes, at most one per entity, and no item given to two entities (a copied
 * line would make two organisations one for every consumer that merges on skos:exactMatch).
 */
class ReferenceWikidataTest {
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final List<Resource> ORGANISATION_CLASSES = List.of(EVAW.Agency, EVAW.IntergovernmentalBody,
            EVAW.TreatyBody, EVAW.SpecialProcedure, EVAW.PartnerOrganisation, EVAW.Programme);

    private final Model reference = ReferenceData.load(IriMinter.defaultBase());

    @Test
    void everyOrganisationHasAtMostOneWikidataItemOfItsOwn() {
        Map<String, String> owner = new HashMap<>();
        Set<String> faults = new TreeSet<>();
        int linked = 0;
        for (Resource type : ORGANISATION_CLASSES) {
            for (Resource entity : reference.listSubjectsWithProperty(RDF.type, type).toList()) {
                List<String> items = entity.listProperties(SKOS.exactMatch).toList().stream()
                        .map(Statement::getObject).filter(o -> o.isURIResource() && o.asResource().getURI().contains("wikidata"))
                        .map(o -> o.asResource().getURI()).toList();
                if (items.size() > 1)
                    faults.add(entity + " has " + items);
                for (String item : items) {
                    if (!item.matches("http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*"))
                        faults.add(entity + ": " + item + " is not a Wikidata entity IRI");
                    String other = owner.putIfAbsent(item, entity.getURI());
                    if (other != null && !other.equals(entity.getURI()))
                        faults.add(item + " is given to " + other + " and " + entity);
                }
                if (!items.isEmpty())
                    linked++;
            }
        }
        assertEquals(Set.of(), faults);
        // 113 items verified by earlier passes, and UNOOSA and UN-OHRLLS.
        assertTrue(linked >= 115, linked + " organisations linked to Wikidata");
        assertTrue(owner.containsKey(WIKIDATA + "Q699152") && owner.containsKey(WIKIDATA + "Q7888481"));
    }
}
