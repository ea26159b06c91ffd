package org.evaw.server.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** A Turtle file beside this class whose relative IRIs are resolved against the server's base. */
final class TurtleTemplate {
    private TurtleTemplate() {}

    static Graph parse(String resource, String base) {
        try (InputStream in = TurtleTemplate.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IOException("not on the classpath: " + resource);
            return RDFParser.source(in).base(base).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
