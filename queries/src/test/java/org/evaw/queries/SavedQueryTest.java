package org.evaw.queries;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.junit.jupiter.api.Test;

/**
 * Binding the parameters of a saved query, as {@code evaw-kg query --saved NAME -p key=value}
 * does: values are typed RDF terms checked against the parameter's type, never query text.
 */
class SavedQueryTest {
    private static SavedQuery saved(String name) {
        return SavedQueriesTest.saved(name);
    }

    @Test
    void rejectsANonIntegerForAnIntegerParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> saved("publications-since-year").bind(Map.of("year", "abc")));
        assertTrue(e.getMessage().contains("'year'"), e.getMessage());
    }

    @Test
    void rejectsANonIriForAnIriParameter() {
        for (String value : new String[] {"not an IRI", "graph/001-62342d8e6123a918", "<http://x/> } #"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> saved("activities-of-page").bind(Map.of("graph", value)), value);
            assertTrue(e.getMessage().contains("'graph'"), e.getMessage());
        }
    }

    @Test
    void rejectsAValueOutsideTheEnumeration() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> saved("entities-of-type").bind(Map.of("type", "Antarctica")));
        assertTrue(e.getMessage().contains("'type'"), e.getMessage());
    }

    @Test
    void findsAndBindsAParameterUsedInASubquery() {
        SavedQuery saved = SavedQueryParser.parse("in-subquery", String.join("\n",
                "#+ summary: s", "#+ defaults:", "#+   - key: KEN",
                "SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p ?k FILTER (STR(?k) = ?_key) } } }"));
        assertEquals(List.of("key"), saved.parameters().stream().map(Parameter::name).toList());
        assertTrue(saved.bind(Map.of()).toString().contains("\"KEN\""), saved.bind(Map.of()).toString());
        assertTrue(saved.bind(Map.of("key", "UGA")).toString().contains("\"UGA\""));
    }

    @Test
    void refusesAnUnknownParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> saved("agencies-in-country").bind(Map.of("colour", "red")));
        assertTrue(e.getMessage().contains("'colour'"), e.getMessage());
    }

    @Test
    void bindsQuotesAndBracesAsOneLiteralNotAsQueryText() {
        String hostile = "VNM\" } ; DROP ALL #";
        Query query = saved("agencies-in-country").bind(Map.of("country", hostile));
        Query reparsed = assertDoesNotThrow(() -> QueryFactory.create(query.toString()));
        assertTrue(reparsed.isSelectType());
        assertEquals(hostile, iso3Literal(reparsed).getLiteralLexicalForm());
        assertTrue(SavedQueriesTest.run(query).isEmpty());
    }

    @Test
    void usesTheDefaultWhenNoValueIsGiven() {
        assertEquals("VNM", iso3Literal(saved("agencies-in-country").bind(Map.of())).getLiteralLexicalForm());
    }

    @Test
    void bindsAnIntegerParameterAsXsdInteger() {
        Node year = saved("publications-since-year").parameters().get(0).bind("2017");
        assertEquals("http://www.w3.org/2001/XMLSchema#integer", year.getLiteralDatatypeURI());
    }

    // IRIx.isAbsolute() is false for an IRI with a fragment, so Parameter.bind refuses every
    // ontology term (evaw:Agency, skos:Concept…); entities-of-type takes a local name instead.
    @Test
    void acceptsAnIriWithAFragment() {
        Parameter type = Parameter.ofVariable("_type_iri", null, List.of());
        assertEquals("https://w3id.org/evaw-kg/ontology#Agency",
                type.bind("https://w3id.org/evaw-kg/ontology#Agency").getURI());
    }

    /** The object of the query's {@code evaw:iso3} pattern, where the country parameter is bound. */
    /** The literal the country parameter is bound to: compared, in a filter, with the country's code and names. */
    private static Node iso3Literal(Query query) {
        Node[] found = new Node[1];
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementFilter el) {
                if (!el.getExpr().getVarsMentioned().contains(Var.alloc("countryKey")))
                    return;
                el.getExpr().visit(new ExprVisitorBase() {
                    @Override
                    public void visit(ExprFunction1 f) {
                        f.getArg().visit(this);
                    }

                    @Override
                    public void visit(ExprFunction2 f) {
                        f.getArg1().visit(this);
                        f.getArg2().visit(this);
                    }

                    @Override
                    public void visit(NodeValue nv) {
                        if (nv.asNode().isLiteral())
                            found[0] = nv.asNode();
                    }
                });
            }

            // The country is looked up in a subquery, each country once.
            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementSubQuery el) {
                ElementWalker.walk(el.getQuery().getQueryPattern(), this);
            }
        });
        assertTrue(found[0] != null && found[0].isLiteral(), "no literal compared with the country's code in " + query);
        return found[0];
    }
}
