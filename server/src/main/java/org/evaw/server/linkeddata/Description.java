package org.evaw.server.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** What one document of the server says: the resource it is about, and the triples about it. */
public record Description(Node subject, Graph graph) {}
