package org.evaw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values from the command line never become SPARQL text: a parameter that closes a string or an
 * IRI and appends a pattern is bound as the value it is (and so matches nothing), or refused by
 * name when it is not a valid IRI; the store is unchanged either way.
 */
class CommandLineInjectionTest {
    private static final Path PREVIOUS = Path.of("src/test/resources/org/evaw/cli/bad-input/previous.nq");
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    Path work;

    @Test
    void aParameterThatClosesItsStringIsBoundAsAValue() {
        String db = work.resolve("db").toString();
        assertEquals(0, Run.of("load", "--db", db, PREVIOUS.toString()).exitCode());
        Run run = Run.of("query", "--db", db, "--format", "csv", "--saved", "agencies-in-country",
                "-p", "country=VNM\" } UNION { ?agency ?p ?o } #");
        System.out.println("injection: query -p country=VNM\" } UNION {…}: exit " + run.exitCode() + ", " + run.out().lines().count() + " lines");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.out().lines().count(), "only the header: the value names no country: " + run.out());
        assertEquals("n\r\n3\r\n", Run.of("query", "--db", db, "--format", "csv", "--sparql", COUNT).out());
    }

    @Test
    void anIriParameterThatClosesItsIriIsRefusedByName() {
        String db = work.resolve("db").toString();
        assertEquals(0, Run.of("load", "--db", db, PREVIOUS.toString()).exitCode());
        Run run = Run.of("query", "--db", db, "--saved", "activities-of-page",
                "-p", "graph=http://localhost:3030/graph/previous-1> } ?s ?p ?o { <x");
        System.out.println("injection: query -p graph=<…> } …: exit " + run.exitCode() + ", " + run.err().strip());
        assertTrue(run.exitCode() != 0, run.out());
        assertTrue(run.err().contains("'graph'"), "the refusal names the parameter: " + run.err());
        assertEquals(1, run.err().lines().count(), "one line: " + run.err());

        Run load = Run.of("load", "--db", db, "--graph", "http://localhost:3030/graph/x> } DROP ALL { <y", PREVIOUS.toString());
        System.out.println("injection: load --graph <…> } DROP ALL …: exit " + load.exitCode() + ", " + load.err().strip());
        assertTrue(load.exitCode() != 0, load.out());
        assertTrue(load.err().contains("} DROP ALL {"), "the refusal quotes the value: " + load.err());
        assertEquals(1, load.err().lines().count(), "one line: " + load.err());
        assertEquals("n\r\n3\r\n", Run.of("query", "--db", db, "--format", "csv", "--sparql", COUNT).out());
    }
}
