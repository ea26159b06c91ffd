package org.evaw.server.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** A query's depth counts every UNION branch, group element, nested pattern and expression level. */
class QueryDepthTest {

    @Test
    void aTriplePatternIsShallow() {
        // A group of one element, the triple block.
        assertEquals(2, depth("SELECT * { ?s ?p ?o }"));
    }

    @Test
    void eachUnionBranchCounts() {
        assertEquals(depth("SELECT * { { ?s ?p 1 } UNION { ?s ?p 2 } }") + 2,
                depth("SELECT * { { ?s ?p 1 } UNION { ?s ?p 2 } UNION { ?s ?p 3 } UNION { ?s ?p 4 } }"));
    }

    @Test
    void nestedPatternsCountEachLevel() {
        String inner = "?s ?p ?o";
        for (int i = 0; i < 50; i++)
            inner = "?s ?p ?o OPTIONAL { " + inner + " }";
        assertTrue(depth("SELECT * { " + inner + " }") > 100, "50 nested OPTIONALs, each in a group of two");
        assertTrue(depth("SELECT * { ?s ?p ?o MINUS { ?s ?p 1 } }") > depth("SELECT * { ?s ?p ?o }"));
        assertTrue(depth("SELECT * { GRAPH ?g { ?s ?p ?o } }") > depth("SELECT * { ?s ?p ?o }"));
        assertTrue(depth("ASK { FILTER NOT EXISTS { ?s ?p ?o } }") > 1);
        assertTrue(depth("SELECT * { { SELECT ?s { ?s ?p ?o } } }") > 1);
    }

    @Test
    void longExpressionsCountTheirDepth() {
        StringBuilder or = new StringBuilder("?o = 0");
        for (int i = 1; i <= 2_000; i++)
            or.append(" || ?o = ").append(i);
        assertTrue(depth("SELECT * { ?s ?p ?o FILTER(" + or + ") }") > QueryDepth.MAX);
        assertTrue(depth("SELECT ?s { ?s ?p ?o } ORDER BY (" + or + ")") > QueryDepth.MAX);
    }

    private static int depth(String query) {
        return QueryDepth.of(QueryFactory.create(query));
    }
}
