package org.evaw.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * Labels in the six UN languages over real HTTP: entity pages and JSON-LD documents name resources
 * in the language {@code Accept-Language} or {@code ?lang=} asks for, English when the graph has no
 * label in it, and say so ({@code Content-Language}, {@code Vary}); Turtle keeps every language;
 * the VoID description states the languages and how many labels each has, as the store counts them.
 */
class UnLanguagesIT {
    private static final LiveServer SERVER = LiveServer.get();
    private static final String KGZ = LiveServer.BASE + "id/country/kgz";

    private static HttpResponse<byte[]> get(String path, String... headers) {
        HttpResponse<byte[]> r = LiveServer.get(SERVER.url(path), headers);
        assertEquals(200, r.statusCode(), path);
        return r;
    }

    private static String html(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static Model parse(HttpResponse<byte[]> r, Lang lang) {
        return ModelFactory.createModelForGraph(RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang)
                .base(LiveServer.BASE).toGraph());
    }

    private static List<String> prefLabels(Model m, String iri) {
        return m.getResource(iri).listProperties(SKOS.prefLabel).mapWith(Statement::getLiteral)
                .mapWith(l -> l.getLexicalForm() + "@" + l.getLanguage()).toList().stream().sorted().toList();
    }

    @Test
    void anEntityPageNamesTheResourceInTheLanguageAskedFor() {
        HttpResponse<byte[]> fr = get("/page/country/kgz", "Accept", "text/html", "Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8");
        assertAll(
                () -> assertTrue(html(fr).contains("<h1>Kirghizistan</h1>"), html(fr)),
                () -> assertEquals("fr", header(fr, "Content-Language")),
                () -> assertTrue(header(fr, "Vary").contains("Accept-Language"), header(fr, "Vary")),
                () -> assertTrue(header(fr, "Vary").contains("Accept"), header(fr, "Vary")));
    }

    @Test
    void langOverridesAcceptLanguage() {
        HttpResponse<byte[]> ru = get("/page/country/kgz.html?lang=ru", "Accept-Language", "fr");
        assertAll(
                () -> assertTrue(html(ru).contains("<h1>Кыргызстан</h1>"), html(ru)),
                () -> assertEquals("ru", header(ru, "Content-Language")),
                () -> assertEquals("Accept-Language", header(ru, "Vary")));
    }

    @Test
    void aLanguageTheGraphDoesNotLabelInGetsEnglish() {
        for (String[] ask : List.of(new String[] {"Accept-Language", "de-DE, de;q=0.9"}, new String[] {"Accept-Language", "fr;q=0"},
                new String[] {"Accept-Language", "*"}, new String[] {"Accept-Language", "not a language list;;q=x"})) {
            HttpResponse<byte[]> r = get("/page/country/kgz.html", ask);
            assertTrue(html(r).contains("<h1>Kyrgyzstan</h1>"), ask[1]);
            assertEquals("en", header(r, "Content-Language"), ask[1]);
        }
        HttpResponse<byte[]> unknown = get("/page/country/kgz.html?lang=tlh");
        assertTrue(html(unknown).contains("<h1>Kyrgyzstan</h1>"));
        assertEquals("en", header(unknown, "Content-Language"));
    }

    @Test
    void qualityValuesChooseAmongTheLanguagesOffered() {
        HttpResponse<byte[]> r = get("/page/country/kgz.html", "Accept-Language", "de, fr;q=0.2, es;q=0.7");
        assertTrue(html(r).contains("<h1>Kirguistán</h1>"), html(r));
        assertEquals("es", header(r, "Content-Language"));
    }

    @Test
    void jsonLdKeepsTheLabelsOfTheLanguageAskedForAndEnglishWhereThereAreNone() {
        HttpResponse<byte[]> fr = get("/page/country/kgz", "Accept", "application/ld+json", "Accept-Language", "fr");
        Model m = parse(fr, Lang.JSONLD);
        assertAll(
                () -> assertEquals(List.of("Kirghizistan@fr"), prefLabels(m, KGZ)),
                () -> assertEquals("fr", header(fr, "Content-Language")),
                () -> assertTrue(header(fr, "Vary").contains("Accept-Language")),
                // The UNODC has no French preferred label: its English one is kept.
                () -> assertEquals(List.of("United Nations Office on Drugs and Crime@en"),
                        prefLabels(m, LiveServer.BASE + "id/agency/unodc")));
        HttpResponse<byte[]> ru = get("/page/country/kgz.jsonld?lang=ru");
        assertEquals(List.of("Кыргызстан@ru"), prefLabels(parse(ru, Lang.JSONLD), KGZ));
        assertEquals("ru", header(ru, "Content-Language"));
    }

    @Test
    void jsonLdAskedInNoLanguageHoldsEveryLanguageAsTurtleDoes() {
        HttpResponse<byte[]> r = get("/page/country/kgz.jsonld");
        List<String> languages = prefLabels(parse(r, Lang.JSONLD), KGZ).stream().map(l -> l.substring(l.indexOf('@') + 1)).sorted().toList();
        assertEquals(List.of("ar", "en", "es", "fr", "ru", "zh"), languages);
        assertFalse(r.headers().firstValue("Content-Language").isPresent());
    }

    @Test
    void turtleKeepsEveryLanguage() {
        HttpResponse<byte[]> r = get("/page/country/kgz.ttl", "Accept-Language", "fr");
        List<String> languages = prefLabels(parse(r, Lang.TURTLE), KGZ).stream().map(l -> l.substring(l.indexOf('@') + 1)).toList();
        assertEquals(List.of("ar", "en", "es", "fr", "ru", "zh"), languages.stream().sorted().toList());
        assertFalse(r.headers().firstValue("Content-Language").isPresent());
    }

    @Test
    void voidStatesTheLanguagesAndHowManyLabelsEachHas() {
        Model v = parse(get("/.well-known/void", "Accept", "text/turtle"), Lang.TURTLE);
        Map<String, Long> stated = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.model(v).query("""
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX evaw: <https://w3id.org/evaw-kg/ontology#>
                PREFIX void: <http://rdfs.org/ns/void#>
                SELECT ?language ?count ?declared {
                  ?dataset a void:Dataset ; evaw:languagePartition ?p .
                  ?p a evaw:LanguagePartition ; dcterms:language ?language ; evaw:labelCount ?count .
                  BIND (EXISTS { ?dataset dcterms:language ?language } AS ?declared)
                }""").build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> {
                String tag = s.getResource("language").getURI().substring("http://lexvo.org/id/iso639-1/".length());
                stated.put(tag, s.getLiteral("count").getLong());
                assertTrue(s.getLiteral("declared").getBoolean(), tag + " is not a dcterms:language of the dataset");
            });
        }
        assertTrue(stated.keySet().containsAll(List.of("ar", "en", "es", "fr", "ru", "zh")), stated.toString());
        Map<String, Long> counted = new TreeMap<>();
        for (String tag : stated.keySet()) {
            long n = Txn.calculateRead(SERVER.store, () -> {
                try (QueryExec exec = QueryExec.dataset(SERVER.store).query("""
                        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                        SELECT (COUNT(*) AS ?n) {
                          SELECT DISTINCT ?s ?p ?o {
                            GRAPH ?g { ?s ?p ?o }
                            VALUES ?p { skos:prefLabel skos:altLabel rdfs:label }
                            FILTER (isLiteral(?o) && LANGMATCHES(LANG(?o), "%s"))
                          }
                        }""".formatted(tag)).build()) {
                    return Long.parseLong(exec.select().next().get(org.apache.jena.sparql.core.Var.alloc("n")).getLiteralLexicalForm());
                }
            });
            counted.put(tag, n);
        }
        assertEquals(counted, stated);
    }
}
