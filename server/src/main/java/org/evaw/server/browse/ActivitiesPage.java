package org.evaw.server.browse;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import org.apache.jena.graph.Node;
import org.evaw.server.site.SiteChrome;

/**
 * The HTML of {@code /activities} ({@code activities.mustache}), in the site's design: its
 * navigation and footer ({@link SiteChrome}) and the entity pages' style. Every control is a link
 * to another selection, so the page works without JavaScript and the browser's history holds each
 * step; the facets come first in the source, then the count, the table and the pager.
 */
final class ActivitiesPage {
    private static final Template PAGE = template();
    private final Map<String, Object> model;

    private ActivitiesPage(Map<String, Object> model) {
        this.model = model;
    }

    /** A selection answered. */
    static ActivitiesPage of(Answer answer, Links links, long maxRows) {
        Selection s = answer.selection();
        Names names = answer.names();
        Map<String, Object> m = new HashMap<>();
        m.put("answered", true);
        m.put("title", s.narrowed() ? "Activities (" + answer.total() + " chosen)" : "Activities");
        m.put("total", answer.total());
        m.put("totalText", answer.total() == 1 ? "1 activity" : answer.total() + " activities");
        long from = (s.page() - 1) * answer.pageSize() + 1;
        m.put("from", from);
        m.put("to", from + answer.rows().size() - 1);
        m.put("page", s.page());
        m.put("pages", answer.pages());
        m.put("hasRows", !answer.rows().isEmpty());
        if (s.page() > 1) {
            m.put("firstHref", links.of(s.onPage(1)));
            m.put("prevHref", links.of(s.onPage(s.page() - 1)));
        }
        if (s.page() < answer.pages()) {
            m.put("nextHref", links.of(s.onPage(s.page() + 1)));
            m.put("lastHref", links.of(s.onPage(answer.pages())));
        }
        m.put("csvHref", links.csv(s));
        m.put("csvNote", maxRows > 0 && answer.total() > maxRows
                ? "the first " + maxRows + " of " + answer.total() + " rows: the server's row cap"
                : answer.total() == 1 ? "1 row" : answer.total() + " rows");
        m.put("clearHref", links.of(s.cleared()));
        List<Map<String, Object>> chips = new ArrayList<>();
        List<Map<String, Object>> facets = new ArrayList<>();
        for (Answer.FacetValues fv : answer.facets()) {
            Facet f = fv.facet();
            for (String iri : s.of(f))
                chips.add(Map.of("facet", f.label(), "label", names.of(iri).full(), "href", links.of(s.toggled(f, iri))));
            List<Map<String, Object>> values = new ArrayList<>();
            for (Answer.Counted c : fv.values()) {
                Map<String, Object> v = new HashMap<>();
                v.put("key", f.key());
                v.put("value", f.shortName(c.iri()));
                v.put("label", names.of(c.iri()).full());
                v.put("count", Long.toString(c.count()));
                v.put("selected", s.isChosen(f, c.iri()));
                v.put("href", links.of(s.toggled(f, c.iri())));
                values.add(v);
            }
            Map<String, Object> facet = new HashMap<>();
            facet.put("key", f.key());
            facet.put("label", f.label());
            facet.put("values", values);
            facet.put("hasValues", !values.isEmpty());
            facet.put("of", Integer.toString(fv.of()));
            if (fv.of() > values.size())
                facet.put("moreHref", links.of(s.listingAll(f, true)));
            else if (s.listsAll(f) && fv.of() > Selection.LISTED)
                facet.put("fewerHref", links.of(s.listingAll(f, false)));
            facets.add(facet);
        }
        m.put("chips", chips);
        m.put("hasChips", !chips.isEmpty());
        m.put("facets", facets);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Answer.Row row : answer.rows()) {
            Map<String, Object> r = new HashMap<>();
            r.put("href", links.page(row.iri()));
            r.put("label", row.column("label").stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst()
                    .orElse(names.of(row.iri()).label()));
            for (String column : List.of("agency", "country", "period", "form", "programme"))
                r.put(column.equals("programme") ? "programmes" : column, named(row.column(column), names, links));
            r.put("hasProgrammes", !row.column("programme").isEmpty());
            rows.add(r);
        }
        m.put("rows", rows);
        return new ActivitiesPage(m);
    }

    /** A request that could not be answered: the sentence why, and a way back to every activity. */
    static ActivitiesPage error(String sentence, Selection selection, Links links) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", "Activities: cannot show these");
        m.put("error", sentence);
        m.put("startHref", links.of(selection == null ? Selection.everything() : selection.cleared()));
        return new ActivitiesPage(m);
    }

    private static List<Map<String, String>> named(List<Node> values, Names names, Links links) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Node n : values) {
            if (!n.isURI())
                continue;
            Names.Name name = names.of(n.getURI());
            Map<String, String> m = new HashMap<>();
            m.put("label", name.label());
            // The acronym, where there is one, keeps the narrow columns narrow; the name is its title.
            m.put("short", name.acronym());
            m.put("href", links.page(n.getURI()));
            out.add(m);
        }
        return out;
    }

    void render(Writer out) {
        PAGE.execute(model, out);
    }

    private static Template template() {
        Mustache.Compiler compiler = Mustache.compiler().escapeHTML(true).nullValue("").emptyStringIsFalse(true).zeroIsFalse(true)
                .withLoader(name -> switch (name) {
                    case "header" -> new StringReader(SiteChrome.nav("/activities"));
                    case "footer" -> new StringReader(SiteChrome.footer());
                    default -> reader("/org/evaw/server/linkeddata/" + name + ".mustache");
                });
        try (Reader in = reader("/org/evaw/server/browse/activities.mustache")) {
            return compiler.compile(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String resource) {
        var in = ActivitiesPage.class.getResourceAsStream(resource);
        if (in == null)
            throw new IllegalStateException("template not on the classpath: " + resource);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
