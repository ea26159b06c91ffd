package org.evaw.server.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evaw.ontology.iri.UriSpace;
import org.junit.jupiter.api.Test;

/** How {@code /activities} reads its URL and writes the next ones: the URL is the whole state. */
class SelectionTest {
    private static final List<Facet> FACETS = Facet.all(UriSpace.defaultBase());

    private static Selection parse(String query) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty())
                continue;
            String[] kv = pair.split("=", 2);
            given.computeIfAbsent(kv[0], k -> new java.util.ArrayList<>()).add(kv.length > 1 ? kv[1] : "");
        }
        Map<String, String[]> parameters = new LinkedHashMap<>();
        given.forEach((k, v) -> parameters.put(k, v.toArray(String[]::new)));
        return Selection.parse(parameters, FACETS);
    }

    private static Facet facet(String key) {
        return FACETS.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void writesTheSelectionBackInOneOrderWhateverOrderItCameIn() {
        Selection s = parse("form=trafficking-in-persons&page=2&region=asia&agency=unodc&region=europe");
        assertEquals("agency=unodc&region=asia&region=europe&form=trafficking-in-persons&page=2", s.queryString(FACETS));
        assertEquals(List.of("http://localhost:3030/id/region/asia", "http://localhost:3030/id/region/europe"), s.of(facet("region")));
    }

    @Test
    void aWholeIriAndItsShortNameAreTheSameValue() {
        Selection whole = parse("partner=http://localhost:3030/id/agency/undp&form=https://w3id.org/evaw-kg/concept/violence/femicide");
        assertEquals("partner=agency/undp&form=femicide", whole.queryString(FACETS));
        assertEquals(whole.countsKey(FACETS), parse("form=femicide&partner=agency/undp").countsKey(FACETS));
    }

    @Test
    void choosingAValueAgainDropsItAndGoesBackToTheFirstPage() {
        Selection s = parse("region=asia&page=3&lang=fr");
        Selection more = s.toggled(facet("region"), "http://localhost:3030/id/region/africa");
        assertEquals("region=asia&region=africa&lang=fr", more.queryString(FACETS));
        assertEquals("lang=fr", s.toggled(facet("region"), "http://localhost:3030/id/region/asia").queryString(FACETS));
        assertEquals(s.countsKey(FACETS), s.onPage(1).listingAll(facet("country"), true).countsKey(FACETS),
                "the page, the language and the lists do not change the counts");
    }

    @Test
    void aValueThatIsNoIriNorTheEndOfOneIsRefusedWithASentence() {
        BadSelection e = assertThrows(BadSelection.class, () -> parse("country=%3Cbad%3E x"));
        assertTrue(e.getMessage().startsWith("The country '%3Cbad%3E x' is not an IRI, nor the end of one (such as country=ken)"),
                e.getMessage());
        assertThrows(BadSelection.class, () -> parse("country=http://exa mple/"));
        assertThrows(BadSelection.class, () -> parse("country="));
        assertThrows(BadSelection.class, () -> parse("page=-1"));
        assertThrows(BadSelection.class, () -> parse("page=1&page=2"));
        assertThrows(BadSelection.class, () -> parse("more=colour"));
        assertThrows(BadSelection.class, () -> parse("colour=red"));
    }
}
