package org.evaw.server.browse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;

/**
 * {@code /activities} as JSON: the total and the page, the selection, the page's activities (IRI,
 * page on this server, words and, by facet, the values each has, named) and each facet's values
 * with their counts and the link that chooses or drops each.
 */
final class ActivitiesJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ActivitiesJson() {}

    static void write(HttpServletResponse resp, Answer answer, Links links) throws IOException {
        Selection s = answer.selection();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", answer.total());
        body.put("page", s.page());
        body.put("pages", answer.pages());
        body.put("pageSize", answer.pageSize());
        Map<String, List<String>> selection = new LinkedHashMap<>();
        s.chosen().forEach((f, iris) -> selection.put(f.key(), iris));
        body.put("selection", selection);
        Map<String, String> nav = new LinkedHashMap<>();
        nav.put("self", links.of(s));
        if (s.page() > 1)
            nav.put("prev", links.of(s.onPage(s.page() - 1)));
        if (s.page() < answer.pages())
            nav.put("next", links.of(s.onPage(s.page() + 1)));
        nav.put("csv", links.csv(s));
        body.put("links", nav);
        List<Map<String, Object>> activities = new ArrayList<>();
        for (Answer.Row row : answer.rows()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("iri", row.iri());
            a.put("href", links.page(row.iri()));
            a.put("label", row.column("label").stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst().orElse(""));
            for (String column : ActivitiesCsv.COLUMNS)
                a.put(column, named(row.column(column), answer.names(), links));
            activities.add(a);
        }
        body.put("activities", activities);
        List<Map<String, Object>> facets = new ArrayList<>();
        for (Answer.FacetValues fv : answer.facets()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("key", fv.facet().key());
            f.put("label", fv.facet().label());
            List<Map<String, Object>> values = new ArrayList<>();
            for (Answer.Counted c : fv.values()) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("iri", c.iri());
                v.put("value", fv.facet().shortName(c.iri()));
                v.put("label", answer.names().of(c.iri()).full());
                v.put("count", c.count());
                v.put("selected", s.isChosen(fv.facet(), c.iri()));
                v.put("toggle", links.of(s.toggled(fv.facet(), c.iri())));
                values.add(v);
            }
            f.put("values", values);
            f.put("valuesInAll", fv.of());
            if (fv.of() > values.size())
                f.put("more", links.of(s.listingAll(fv.facet(), true)));
            facets.add(f);
        }
        body.put("facets", facets);
        send(resp, HttpServletResponse.SC_OK, body);
    }

    static void error(HttpServletResponse resp, int status, String sentence) throws IOException {
        send(resp, status, Map.of("error", sentence));
    }

    private static List<Map<String, String>> named(List<Node> values, Names names, Links links) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Node n : values) {
            if (!n.isURI())
                continue;
            // In one order every time ("iri", "label", "href"), so that the same page gives the same bytes: Map.of's order
            // changes from one run to the next.
            Map<String, String> value = new LinkedHashMap<>();
            value.put("iri", n.getURI());
            value.put("label", names.of(n.getURI()).full());
            value.put("href", links.page(n.getURI()));
            out.add(value);
        }
        return out;
    }

    private static void send(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("utf-8");
        MAPPER.writeValue(resp.getOutputStream(), body);
    }
}
