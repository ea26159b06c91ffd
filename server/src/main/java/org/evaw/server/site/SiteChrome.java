package org.evaw.server.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.eclipse.jetty.util.StringUtil;

/**
 * The parts every HTML page of the server shares, as HTML: the site's navigation with its search
 * box ({@code site/nav.html}) and the footer with the dataset's version and licence
 * ({@code site/footer.html}, filled from the VoID description's fixed part, {@code void.ttl}, so
 * the footer and the VoID never disagree). The Mustache pages take them as the partials
 * {@code header} and {@code footer}; the static pages have the markers {@link #NAV_MARKER} and
 * {@link #FOOTER_MARKER} replaced when served. One copy of the markup, whichever way a page is made.
 */
public final class SiteChrome {
    /** Where a static page wants the navigation. */
    public static final String NAV_MARKER = "<!--site-nav-->";
    /** Where a static page wants the footer. */
    public static final String FOOTER_MARKER = "<!--site-footer-->";
    private static final String VOID = "/org/evaw/server/linkeddata/void.ttl";
    private static final String BASE = "http://localhost/";

    private static final String NAV = text("/org/evaw/server/site/nav.html");
    private static final String FOOTER = fillFooter();

    private SiteChrome() {}

    /** The navigation bar with the search box, and the script that offers suggestions in it. */
    public static String nav() {
        return NAV;
    }

    /**
     * The navigation bar with the link to {@code current} (a path such as {@code /search}) marked
     * {@code aria-current="page"}, so that a screen reader announces, and the style shows, the page
     * one is on. A path the navigation does not list leaves it unmarked.
     */
    public static String nav(String current) {
        String link = "<li><a href=\"" + current + "\">";
        return NAV.contains(link) ? NAV.replace(link, "<li><a href=\"" + current + "\" aria-current=\"page\">") : NAV;
    }

    /** The footer: version and licence of the dataset, and links to its description. */
    public static String footer() {
        return FOOTER;
    }

    /** A static page with its markers replaced by the navigation and the footer. */
    public static String dress(String page) {
        return page.replace(NAV_MARKER, NAV).replace(FOOTER_MARKER, FOOTER);
    }

    /** A static page served at {@code current}, dressed, its own link in the navigation marked current. */
    public static String dress(String page, String current) {
        return page.replace(NAV_MARKER, nav(current)).replace(FOOTER_MARKER, FOOTER);
    }

    private static String fillFooter() {
        Model voidModel = ModelFactory.createDefaultModel();
        try (InputStream in = SiteChrome.class.getResourceAsStream(VOID)) {
            if (in == null)
                throw new IllegalStateException("missing on the classpath: " + VOID);
            RDFParser.source(in).lang(Lang.TURTLE).base(BASE).parse(voidModel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Resource dataset = voidModel.createResource(BASE + ".well-known/void#dataset");
        String version = dataset.hasProperty(OWL.versionInfo) ? dataset.getProperty(OWL.versionInfo).getString() : "unknown";
        String licence = dataset.getPropertyResourceValue(DCTerms.license) == null ? ""
                : dataset.getPropertyResourceValue(DCTerms.license).getURI();
        return text("/org/evaw/server/site/footer.html")
                .replace("{{version}}", StringUtil.sanitizeXmlString(version))
                .replace("{{licence}}", StringUtil.sanitizeXmlString(licence));
    }

    private static String text(String resource) {
        try (InputStream in = SiteChrome.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("missing on the classpath: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
