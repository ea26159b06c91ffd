package org.evaw.server.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.evaw.ontology.iri.UriSpace;
import org.evaw.ontology.sparql.QueryFiles;
import org.evaw.search.ActivityFacets;

/**
 * One way to narrow the activities: its key in the URL ({@code agency}), its name on the page, the
 * pattern that binds an {@code ?activity} to each {@code ?value} of the facet (kept as
 * {@code facet/KEY.rq}, run from the activities when they are given), the same pattern run from
 * the values, for when the activities are not given (values chosen, or every activity counted;
 * {@code facet/KEY-from-values.rq} where the order matters, else the same), the query that reads
 * its counts over every activity from the summary graph ({@code facet/KEY-kept.rq}, or the shared
 * {@code facet/kept-counts.rq} for the property of a {@code #+ kept:} line; binding {@code ?value}
 * and {@code ?count}; null when there is none), where its values' IRIs start (so that the URL names a value by the rest:
 * {@code agency=unodc}), whether its values are listed by count or in their own order, and a value
 * to give as an example when one is wrong.
 */
public record Facet(String key, String label, Element pattern, Element fromValues, Query kept, String namespace, boolean byValue,
        String example) {
    /** The facets, in the order the page shows them. */
    public static final List<String> KEYS = ActivityFacets.KEYS;
    /** What the rest of a value's IRI may be in the URL: the slugs of the IRIs the graph mints, and their paths. */
    private static final Pattern SHORT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*(/[A-Za-z0-9][A-Za-z0-9._~-]*)*");
    /** In the search module, whose index reads each facet's values per activity from the same files. */
    private static final String FACETS = ActivityFacets.FOLDER;
    private static final Pattern HEADER = Pattern.compile("^#\\+\\s*(\\w+):\\s*(.*?)\\s*$", Pattern.MULTILINE);

    /** Every facet, read from its query file; IRIs of entities are under {@code uris}' base. */
    public static List<Facet> all(UriSpace uris) {
        List<Facet> facets = new ArrayList<>();
        for (String key : KEYS)
            facets.add(read(key, uris));
        return List.copyOf(facets);
    }

    private static Facet read(String key, UriSpace uris) {
        String resource = FACETS + key + ".rq";
        String text = QueryFiles.text(Facet.class, resource);
        Query query = QueryFiles.query(Facet.class, resource);
        String label = header(text, "label", resource);
        String values = header(text, "values", resource);
        String namespace = values.contains(":") ? values : uris.base() + values;
        String reversed = FACETS + key + "-from-values.rq";
        Element fromValues = Facet.class.getResource(reversed) == null ? query.getQueryPattern()
                : QueryFiles.query(Facet.class, reversed).getQueryPattern();
        return new Facet(key, label, query.getQueryPattern(), fromValues, keptCounts(key, text, query), namespace,
                header(text, "order", resource).equals("value"), header(text, "example", resource));
    }

    /**
     * The query of the facet's counts in the summary graph: its own {@code facet/KEY-kept.rq}, else
     * {@code facet/kept-counts.rq} with {@code ?property} bound to the property its {@code #+ kept:}
     * line names, else none.
     */
    private static Query keptCounts(String key, String text, Query facetQuery) {
        String own = FACETS + key + "-kept.rq";
        if (Facet.class.getResource(own) != null)
            return QueryFiles.query(Facet.class, own);
        String property = optionalHeader(text, "kept");
        if (property == null)
            return null;
        Node iri = NodeFactory.createURI(facetQuery.getPrefixMapping().expandPrefix(property));
        return QueryTransformOps.replaceVars(QueryFiles.query(Facet.class, FACETS + "kept-counts.rq"), Map.of(Var.alloc("property"), iri));
    }

    private static String header(String text, String name, String resource) {
        String value = optionalHeader(text, name);
        if (value == null)
            throw new IllegalStateException(resource + " has no '#+ " + name + ":' line");
        return value;
    }

    private static String optionalHeader(String text, String name) {
        var m = HEADER.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(name))
                return m.group(2);
        }
        return null;
    }

    /** How the URL names a value: the rest of its IRI after the namespace, or the whole IRI. */
    public String shortName(String iri) {
        if (iri.startsWith(namespace) && SHORT.matcher(iri.substring(namespace.length())).matches())
            return iri.substring(namespace.length());
        return iri;
    }

    /**
     * The IRI a value of the URL names: a whole IRI (with a scheme), or the rest of one after the
     * namespace. Whether the graph has it is for the caller to ask.
     *
     * @throws BadSelection when it is neither
     */
    public String iri(String value) {
        String v = value.strip();
        if (v.isEmpty())
            throw new BadSelection("The " + key + " parameter is empty; give a value such as " + exampleParameter() + ", or leave it out.");
        if (SHORT.matcher(v).matches())
            return namespace + v;
        try {
            IRIx iri = IRIx.create(v);
            if (iri.isAbsolute() && !iri.hasViolations() && !v.contains("<") && !v.contains(">"))
                return v;
        } catch (IRIException e) {
            // Said below, with what would have been right.
        }
        throw new BadSelection("The " + key + " '" + value + "' is not an IRI, nor the end of one (such as "
                + exampleParameter() + "), so it names no " + label.toLowerCase(java.util.Locale.ROOT) + ".");
    }

    private String exampleParameter() {
        return key + "=" + example;
    }
}
