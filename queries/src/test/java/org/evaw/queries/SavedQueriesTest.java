package org.evaw.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.evaw.mapping.Corpus;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.ontology.OntologyFiles;
import org.evaw.ontology.SummaryOrders;
import org.evaw.ontology.iri.UriSpace;
import org.evaw.pipeline.PageMapping;
import org.evaw.pipeline.corpus.CorpusBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The saved queries of the catalogue, run on the whole corpus: what each returns is checked
 * against what the pages in {@code corpus/} say, read by a person, not against earlier output.
 */
class SavedQueriesTest {
    private static final Path CORPUS = Path.of("../corpus");
    private static final Pattern DECORATOR_ITEM = Pattern.compile("^#\\+\\s+-\\s*([A-Za-z0-9_]+):.*$");
    private static final Pattern DECORATOR_KEY = Pattern.compile("^#\\+ ([a-z_]+):.*$");
    private static DatasetGraph cached;

    @BeforeAll
    static void buildStore() {
        corpusStore();
    }

    /**
     * The corpus built into memory by the pipeline {@code build} runs, once per test run. The deployed store answers over the union
     * of its named graphs (TDB2's unionDefaultGraph), which an in-memory dataset cannot be told to
     * do; so every quad is kept in its named graph and its triple is also copied into the default
     * graph, which then is that union. Queries with GRAPH see the named graphs as they are.
     */
    static synchronized DatasetGraph corpusStore() {
        if (cached != null)
            return cached;
        DatasetGraph mapped = DatasetGraphFactory.createTxnMem();
        StreamRDF sink = StreamRDFLib.dataset(mapped);
        try {
            CorpusBuild.create(PageMapping.create(IriMinter.defaultBase())).build().run(Corpus.pages(CORPUS), sink, name -> {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatasetGraph union = DatasetGraphFactory.create();
        mapped.find().forEachRemaining(quad -> {
            union.add(quad);
            union.getDefaultGraph().add(quad.asTriple());
        });
        // The summary graph, as a load makes it after the pages' graphs.
        Node summaryName = NodeFactory.createURI(UriSpace.defaultBase().graph(UriSpace.SUMMARY_GRAPH));
        Graph summary;
        try (QueryExec exec = QueryExec.dataset(union).query(OntologyFiles.summaryQuery()).build()) {
            summary = exec.construct();
        }
        SummaryOrders.addTo(summary, union, union.getDefaultGraph());
        summary.find().forEach(t -> {
            union.add(summaryName, t.getSubject(), t.getPredicate(), t.getObject());
            union.getDefaultGraph().add(t);
        });
        cached = union;
        return cached;
    }

    /** The rows of a saved query on the corpus, parameters given as name, value, name, value… */
    static List<Binding> rows(String name, String... parameters) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < parameters.length; i += 2)
            values.put(parameters[i], parameters[i + 1]);
        return run(saved(name).bind(values));
    }

    static List<Binding> run(Query query) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(corpusStore()).query(query).build()) {
            exec.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    static SavedQuery saved(String name) {
        return Catalogue.bundled().get(name).orElseThrow(() -> new AssertionError("no saved query " + name));
    }

    /** A cell as a user reads it: an IRI, or a literal's lexical form; null when unbound. */
    static String cell(Binding row, String var) {
        Node n = row.get(var);
        if (n == null)
            return null;
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    private static int integer(Binding row, String var) {
        return Integer.parseInt(cell(row, var));
    }

    private static List<String> column(List<Binding> rows, String var) {
        return rows.stream().map(r -> cell(r, var)).toList();
    }

    /** The row whose column {@code var} holds {@code value}, failing if there is none. */
    private static Binding rowWith(List<Binding> rows, String var, String value) {
        return rows.stream().filter(r -> value.equals(cell(r, var))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + var + " = " + value + " in " + column(rows, var)));
    }

    private static Set<String> words(String s, String separator) {
        return s == null || s.isEmpty() ? Set.of() : new TreeSet<>(List.of(s.split(separator)));
    }

    // The catalogue itself

    @Test
    void catalogueHoldsAtLeastTheQuestionsUsersAsk() {
        Set<String> names = new TreeSet<>();
        Catalogue.bundled().all().forEach(q -> names.add(q.name()));
        assertTrue(names.containsAll(Set.of("agencies-in-country", "countries-of-agency", "resolutions-cited-by-agency",
                "partners-of-agency", "programmes-and-agencies", "agency-pairs-sharing-country", "activity-timeline",
                "source-of-activity-country", "countries-by-region", "activities-by-form-of-violence-and-region",
                "agencies-per-sdg-target", "interventions-per-agency", "forms-of-violence-by-country")), names.toString());
    }

    @Test
    void everySavedQueryHasAKebabCaseNameASummaryAndTags() {
        for (SavedQuery q : Catalogue.bundled().all()) {
            assertTrue(q.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), q.name());
            assertFalse(q.summary().isBlank(), q.name() + " has no summary");
            assertFalse(q.description().isBlank(), q.name() + " has no description");
            assertFalse(q.tags().isEmpty(), q.name() + " has no tags");
        }
    }

    @Test
    void everyParameterHasADefaultThatBinds() {
        for (SavedQuery q : Catalogue.bundled().all()) {
            for (Parameter p : q.parameters()) {
                assertNotNull(p.defaultValue(), q.name() + ": parameter '" + p.name() + "' has no default");
                if (!p.allowed().isEmpty())
                    assertTrue(p.allowed().contains(p.defaultValue()), q.name() + ": default of '" + p.name() + "' not enumerated");
                p.bind(p.defaultValue());
            }
        }
    }

    /** A default or enumeration for a misspelt name would be silently ignored by the parser. */
    @Test
    void everyDefaultAndEnumerationNamesAParameter() {
        for (SavedQuery q : Catalogue.bundled().all()) {
            Set<String> parameters = new TreeSet<>(q.parameters().stream().map(Parameter::name).toList());
            String key = null;
            for (String line : q.sparql().split("\n")) {
                Matcher k = DECORATOR_KEY.matcher(line);
                Matcher item = DECORATOR_ITEM.matcher(line);
                if (k.matches())
                    key = k.group(1);
                else if (item.matches() && ("defaults".equals(key) || "enumerate".equals(key)))
                    assertTrue(parameters.contains(item.group(1)),
                            q.name() + ": " + key + " names '" + item.group(1) + "', not one of " + parameters);
            }
        }
    }

    @Test
    void everySavedQueryIsAnOrderedSelect() {
        for (SavedQuery q : Catalogue.bundled().all()) {
            Query query = q.bind(Map.of());
            assertTrue(query.isSelectType(), q.name());
            assertTrue(query.hasOrderBy(), q.name() + " has no ORDER BY");
        }
    }

    @Test
    void everySavedQueryAnswersOnTheCorpusWithItsDefaults() {
        for (SavedQuery q : Catalogue.bundled().all())
            assertFalse(run(q.bind(Map.of())).isEmpty(), q.name() + " returns no rows on the corpus");
    }

    // agencies-in-country

    @Test
    void agenciesInVietNamIncludeUnodcAndUnfpa() {
        List<Binding> rows = rows("agencies-in-country");
        // Viet Nam: three paragraphs of 001 (rapid response teams, the law with UNFPA, the training
        // list), four of 002 (legal aid, Essential Services pilots, awareness-raising, minimum
        // intervention package) and the 2009 training course on 003.
        Binding unodc = rows.get(0);
        assertEquals("UNODC", cell(unodc, "acronym"));
        assertEquals(8, integer(unodc, "ledActivities"));
        Binding unfpa = rowWith(rows, "acronym", "UNFPA");
        assertEquals(0, integer(unfpa, "ledActivities"));
        assertEquals(2, integer(unfpa, "partnerActivities"));
        // UN Women, UNDP and WHO through the Essential Services Programme's pilot in Viet Nam.
        assertEquals(Set.of("UNODC", "UNFPA", "UN Women", "UNDP", "WHO"), new TreeSet<>(column(rows, "acronym")));
    }

    @Test
    void onlyUnodcWorksInKyrgyzstan() {
        List<Binding> rows = rows("agencies-in-country", "country", "KGZ");
        assertEquals(List.of("UNODC"), column(rows, "acronym"));
        assertEquals(8, integer(rows.get(0), "ledActivities"));
    }

    @Test
    void noAgencyWorksInACountryThePagesDoNotName() {
        assertTrue(rows("agencies-in-country", "country", "NOR").isEmpty());
    }

    // countries-of-agency

    @Test
    void unodcWorksMostInKyrgyzstanPakistanAndVietNam() {
        List<Binding> rows = rows("countries-of-agency");
        // Each of the three is named in eight activity paragraphs across the pages.
        assertEquals(List.of("KGZ", "PAK", "VNM"), column(rows, "iso3").subList(0, 3));
        for (Binding row : rows.subList(0, 3)) {
            assertEquals(8, integer(row, "activities"));
            assertEquals("Asia", cell(row, "regionName"));
        }
        assertEquals("Africa", cell(rowWith(rows, "iso3", "LSO"), "regionName"));
        assertTrue(column(rows, "iso3").containsAll(List.of("MRT", "PAN", "ALB", "UKR", "ETH", "NGA", "IND", "THA")));
    }

    @Test
    void unfpaWorksWithUnodcInVietNamPalestineAndSomalia() {
        List<String> countries = column(rows("countries-of-agency", "agency", "UNFPA"), "iso3");
        assertTrue(countries.containsAll(List.of("VNM", "PSE", "SOM")), countries.toString());
        assertFalse(countries.contains("KGZ"));
    }

    // resolutions-cited-by-agency

    @Test
    void unodcRestsOnGeneralAssemblyResolutionsAndSecurityCouncilResolution1325() {
        List<Binding> rows = rows("resolutions-cited-by-agency");
        assertEquals(List.of("A/RES/48/104", "A/RES/52/86", "A/RES/65/228", "A/RES/65/229", "A/RES/68/191",
                "A/RES/70/176", "E/CN.15/RES/18/1", "E/RES/2005/20", "S/RES/1325"), column(rows, "symbol"));
        Binding devaw = rowWith(rows, "symbol", "A/RES/48/104");
        assertEquals("General Assembly", cell(devaw, "adoptedBy"));
        assertEquals("true", cell(devaw, "asMandate"));
        assertEquals("Economic and Social Council", cell(rowWith(rows, "symbol", "E/RES/2005/20"), "adoptedBy"));
        // Cited by the Kyrgyzstan national action plan paragraph of 004, not the policy framework.
        Binding wps = rowWith(rows, "symbol", "S/RES/1325");
        assertEquals("Security Council", cell(wps, "adoptedBy"));
        assertEquals("false", cell(wps, "asMandate"));
        assertEquals(1, integer(wps, "citingActivities"));
        // "Pursuant to resolution 18/1 of the Commission on Crime Prevention and Criminal Justice" (003).
        assertEquals("Commission on Crime Prevention and Criminal Justice",
                cell(rowWith(rows, "symbol", "E/CN.15/RES/18/1"), "adoptedBy"));
    }

    @Test
    void anAgencyWithoutPagesRestsOnNoResolution() {
        assertTrue(rows("resolutions-cited-by-agency", "agency", "UNICEF").isEmpty());
    }

    // partners-of-agency

    @Test
    void unWomenIsUnodcsMostFrequentPartner() {
        List<Binding> rows = rows("partners-of-agency");
        assertEquals("UN Women", cell(rows.get(0), "partnerAcronym"));
        // By the pages UN Women shares 8 activities with UNODC, among them "in cooperation with UN-Women" (001).
        assertEquals(8, integer(rows.get(0), "sharedActivities"));
        assertEquals(5, integer(rowWith(rows, "partnerAcronym", "UNDP"), "sharedActivities"));
        assertEquals(4, integer(rowWith(rows, "partnerAcronym", "UNFPA"), "sharedActivities"));
        assertEquals(4, integer(rowWith(rows, "partnerAcronym", "OHCHR"), "sharedActivities"));
        Binding sadc = rowWith(rows, "partnerAcronym", "SADC");
        assertEquals("https://w3id.org/evaw-kg/ontology#PartnerOrganisation", cell(sadc, "partnerType"));
        assertTrue(column(rows, "partnerName").contains("Women’s Union"));
    }

    @Test
    void unfpaPartnersUnodc() {
        List<Binding> rows = rows("partners-of-agency", "agency", "UNFPA");
        // Viet Nam law, HAYA, Essential Services, Somalia medico-legal pilot.
        assertEquals(4, integer(rowWith(rows, "partnerAcronym", "UNODC"), "sharedActivities"));
        assertFalse(column(rows, "partnerAcronym").contains("UNFPA"), "an agency is not its own partner");
    }

    // programmes-and-agencies

    @Test
    void spotlightInitiativeIsCarriedOutByUnodcInMexicoAndKyrgyzstan() {
        List<Binding> rows = rows("programmes-and-agencies");
        Binding spotlight = rowWith(rows, "programmeName", "Spotlight Initiative");
        assertEquals("UNODC", cell(spotlight, "agencyAcronym"));
        assertEquals(2, integer(spotlight, "activities"));
        // The second Spotlight paragraph speaks of "Mexican universities", which names no country.
        assertEquals(Set.of("KGZ", "MEX"), words(cell(spotlight, "countries"), " "));
    }

    @Test
    void essentialServicesProgrammeCoversItsPilotCountries() {
        Binding esp = rowWith(rows("programmes-and-agencies"), "programmeName",
                "UN Joint Global Programme on Essential Services for Women and Girls Subject to Violence");
        assertEquals(Set.of("EGY", "GTM", "PAK", "PER", "TUN", "VNM"), words(cell(esp, "countries"), " "));
    }

    @Test
    void programmesWithoutCountriesAreStillListed() {
        Binding icat = rowWith(rows("programmes-and-agencies"), "programmeName",
                "Inter-Agency Coordination Group against Trafficking in Persons");
        assertEquals(Set.of(), words(cell(icat, "countries"), " "));
    }

    // agency-pairs-sharing-country

    @Test
    void unfpaAndUnodcShareVietNamPalestineAndSomalia() {
        List<Binding> rows = rows("agency-pairs-sharing-country");
        Binding pair = rows.stream()
                .filter(r -> "UNFPA".equals(cell(r, "acronym1")) && "UNODC".equals(cell(r, "acronym2")))
                .findFirst().orElseThrow();
        Set<String> countries = words(cell(pair, "countries"), "; ");
        assertTrue(countries.containsAll(Set.of("Viet Nam", "State of Palestine", "Somalia")), countries.toString());
        assertEquals(countries.size(), integer(pair, "sharedCountries"));
        // HAYA: UNFPA, UN-Habitat and UN Women in the West Bank and Gaza Strip.
        Binding haya = rows.stream()
                .filter(r -> "UN-Habitat".equals(cell(r, "acronym1")) && "UNFPA".equals(cell(r, "acronym2")))
                .findFirst().orElseThrow();
        assertEquals(Set.of("State of Palestine"), words(cell(haya, "countries"), "; "));
    }

    @Test
    void eachPairOfAgenciesIsListedOnce() {
        Set<String> seen = new TreeSet<>();
        for (Binding row : rows("agency-pairs-sharing-country")) {
            String a = cell(row, "acronym1"), b = cell(row, "acronym2");
            assertFalse(a.equals(b));
            assertTrue(seen.add(a + "|" + b) && !seen.contains(b + "|" + a), a + " and " + b + " twice");
        }
    }

    // activity-timeline

    @Test
    void timelineRunsFromJuly2007ToMarch2013() {
        List<Binding> rows = rows("activity-timeline");
        // The dated entries of 003: Jul 2007 - Jan 2008 (twice), Mar 2009 - Sept 2009, Oct 2009 -
        // Feb 2010, Mar 2010 - Sept 2010, Mar 2011 - Jan 2012, Mar 2013 - Feb 2014.
        assertEquals(List.of("2007-07", "2009-03", "2009-10", "2010-03", "2011-03", "2013-03"), column(rows, "start"));
        assertEquals(List.of("2008-01", "2009-09", "2010-02", "2010-09", "2012-01", "2014-02"), column(rows, "end"));
        assertEquals(2, integer(rows.get(0), "activities"));
        assertTrue(column(rows, "agencyAcronym").stream().allMatch("UNODC"::equals));
    }

    // source-of-activity-country

    @Test
    void sourceOfEveryKyrgyzstanLinkQuotesThePageExactly() throws IOException {
        List<Binding> rows = rows("source-of-activity-country", "country", "KGZ");
        assertEquals(8, rows.size());
        for (Binding row : rows) {
            String document = cell(row, "document");
            String text = Files.readString(CORPUS.resolve(document), StandardCharsets.UTF_8);
            int start = text.offsetByCodePoints(0, integer(row, "start"));
            int end = text.offsetByCodePoints(0, integer(row, "end"));
            assertEquals(text.substring(start, end), cell(row, "quote"), document + " " + start);
            assertTrue(cell(row, "graph").endsWith("/graph/" + document.replace(".txt", "").replace('_', '-')));
        }
        assertTrue(rows.stream().anyMatch(r -> "004_3779468c5b1d477d.txt".equals(cell(r, "document"))
                && cell(r, "quote").contains("UN Security Council Resolution 1325")));
        assertTrue(rows.stream().anyMatch(r -> cell(r, "quote").contains("the Kyrgyz Republic")));
    }

    @Test
    void vietNamLinksComeFromEightPassagesOnThreePages() {
        List<Binding> rows = rows("source-of-activity-country");
        assertEquals(8, rows.size());
        assertEquals(Set.of("001_62342d8e6123a918.txt", "002_f077066088d986e5.txt", "003_dda3bc090efb0ee8.txt"),
                new TreeSet<>(column(rows, "document")));
        assertTrue(rows.stream().anyMatch(r -> cell(r, "quote").startsWith("In Vietnam, UNODC supported the revision")));
    }

    // countries-by-region

    @Test
    void activitiesSpanFourRegionsWithFourEuropeanCountries() {
        List<Binding> rows = rows("countries-by-region");
        // No page names a country of Oceania.
        assertEquals(Set.of("Africa", "Americas", "Asia", "Europe"), new TreeSet<>(column(rows, "regionName")));
        // Ukraine (001, 002), Albania (001), Belarus (002, GLO.ACT) and Austria (002, Vienna).
        Binding europe = rowWith(rows, "regionName", "Europe");
        assertEquals(4, integer(europe, "countries"));
        assertEquals(4, integer(europe, "activities"));
        assertEquals("Europe", cell(rows.get(rows.size() - 1), "regionName"));
    }

    // countries-in-region

    @Test
    void europeanCountriesAreAlbaniaAustriaBelarusAndUkraine() {
        List<Binding> rows = rows("countries-in-region", "region", "Europe");
        assertEquals(List.of("ALB", "AUT", "BLR", "UKR"), column(rows, "iso3"));
        assertEquals("Eastern Europe", cell(rowWith(rows, "iso3", "UKR"), "subregionName"));
        assertEquals(2, integer(rowWith(rows, "iso3", "UKR"), "activities"));
    }

    @Test
    void asianCountriesListEveryAgencyWorkingThere() {
        List<Binding> rows = rows("countries-in-region");
        Set<String> inPalestine = new TreeSet<>();
        rows.stream().filter(r -> "PSE".equals(cell(r, "iso3"))).forEach(r -> inPalestine.add(cell(r, "agencyAcronym")));
        assertEquals(Set.of("UNODC", "UNFPA", "UN-Habitat", "UN Women"), inPalestine);
        assertFalse(column(rows, "iso3").contains("EGY"), "Egypt is in Africa");
    }

    // entities-of-type

    @Test
    void spotlightInitiativeIsAProgrammeTwoActivitiesName() {
        List<Binding> rows = rows("entities-of-type");
        assertEquals(2, integer(rowWith(rows, "label", "Spotlight Initiative"), "activities"));
        // GLO.ACT: the Pakistan analysis (001), the 13 countries (002), Pakistan again (004), and the
        // activity that set up "the GLO.ACT Women's Network of Regional Champions …" (001): that
        // network is a programme of its own (a known programme's branch, ProgrammeBranches) and
        // part of GLO.ACT, whose activities hold its branch's.
        assertEquals(4, integer(rowWith(rows, "code", "GLO.ACT"), "activities"));
        assertEquals(1, integer(rowWith(rows, "label",
                "GLO.ACT Women's Network of Regional Champions against Trafficking in Persons and Migrant Smuggling"), "activities"));
    }

    @Test
    void resolutionsAreListedWithTheirSymbols() {
        List<String> codes = column(rows("entities-of-type", "type", "Resolution"), "code");
        assertTrue(codes.containsAll(List.of("S/RES/1325", "A/RES/48/104", "E/RES/2005/20")), codes.toString());
    }

    // activities-of-page

    @Test
    void pageActivitiesComeInTheOrderThePageGivesThem() {
        List<Binding> rows = rows("activities-of-page");
        // 001 lists 27 activity paragraphs after "Resources", "View More" repeats counted once.
        assertEquals(27, rows.size());
        assertEquals("PAN", cell(rows.get(0), "countries"));
        assertTrue(cell(rows.get(0), "label").startsWith("In Panama, UNODC developed"));
        assertTrue(cell(rows.get(26), "label").startsWith("UNODC launched the “#EmpowerHer"));
        List<Integer> starts = rows.stream().map(r -> integer(r, "start")).toList();
        for (int i = 1; i < starts.size(); i++)
            assertTrue(starts.get(i - 1) < starts.get(i), "not in page order at " + i);
        assertTrue(column(rows, "leadAgency").stream().allMatch("UNODC"::equals));
    }

    @Test
    void datedEntriesOfAPageNameTheirCountries() {
        List<Binding> rows = rows("activities-of-page", "graph", "http://localhost:3030/graph/003-dda3bc090efb0ee8");
        // 003 has seven dated entries, each with one paragraph; a line holding only a no-break space is no activity.
        assertEquals(7, rows.size());
        assertEquals(Set.of("BWA", "LSO", "MOZ", "NAM", "ZAF", "ZWE"), words(rows.stream()
                .filter(r -> cell(r, "label").startsWith("During the period March 2011"))
                .findFirst().map(r -> cell(r, "countries")).orElseThrow(), " "));
        assertTrue(rows.stream().anyMatch(r -> cell(r, "label").startsWith("In Rajasthan, India")
                && "IND".equals(cell(r, "countries"))));
    }

    // publications-since-year

    @Test
    void unodcListsEightToolsIssuedSince2015() {
        List<Binding> rows = listedOnPage000(rows("publications-since-year"));
        // 000's list of tools: five from 2015, two from 2017, one from 2018.
        assertEquals(8, rows.size());
        assertEquals("A Practitioner's Toolkit on Women's Access to Justice Programming", cell(rows.get(0), "title"));
        assertEquals("2018", cell(rows.get(0), "issued"));
        assertEquals(List.of("2018", "2017", "2017", "2015", "2015", "2015", "2015", "2015"), column(rows, "issued"));
        assertTrue(column(rows, "publisher").stream().allMatch("UNODC"::equals));
    }

    @Test
    void yearParameterIsAnInteger() {
        assertEquals(3, listedOnPage000(rows("publications-since-year", "year", "2017")).size());
        // All fifteen of 000's list but the e-learning course, which gives no year.
        assertEquals(14, listedOnPage000(rows("publications-since-year", "year", "1900")).size());
    }

    private static List<Binding> listedOnPage000(List<Binding> rows) {
        return rows.stream().filter(r -> "000_0f13b727ca13757f.txt".equals(cell(r, "document"))).toList();
    }

    // people-trained-by-country

    @Test
    void trainingFiguresAddUpByCountryAndRole() {
        List<Binding> rows = rows("people-trained-by-country");
        // 001: "in Egypt, UNODC organized nine training workshops for 178 judges ... and two workshops for 40
        // administrative prosecution judges".
        assertEquals(178, integer(rowWithAll(rows, "iso3", "EGY", "role", "judges"), "trained"));
        assertEquals(40, integer(rowWithAll(rows, "iso3", "EGY", "role", "administrative prosecution judges"), "trained"));
        // 002: "In Somalia, UNODC ... to train 200 public prosecutors, 20 judges and 150 police officers".
        assertEquals(200, integer(rowWithAll(rows, "iso3", "SOM", "role", "public prosecutors"), "trained"));
        assertEquals(20, integer(rowWithAll(rows, "iso3", "SOM", "role", "judges"), "trained"));
        // 001: "trained 103 criminal justice professionals" in the Dominican Republic.
        assertEquals(103, integer(rowWithAll(rows, "iso3", "DOM", "role", "criminal justice professionals"), "trained"));
        // 003: "138 law enforcement officers" trained in one workshop for six southern African countries:
        // one figure for them all, reported once and not six times.
        Binding southern = rowWithAll(rows, "countryName", "(several countries)", "role", "law enforcement officers");
        assertEquals(138, integer(southern, "trained"));
        assertEquals(Set.of("BWA", "LSO", "MOZ", "NAM", "ZAF", "ZWE"), words(cell(southern, "iso3"), " "));
        // 002: "... Mexico (training programme for 8,000 police officers ...)": Mexico's figure, not Egypt's or Kenya's,
        // though the same sentence names them.
        assertEquals(8000, integer(rowWithAll(rows, "iso3", "MEX", "role", "police officers"), "trained"));
        assertTrue(rows.stream().noneMatch(r -> "EGY".equals(cell(r, "iso3")) && "police officers".equals(cell(r, "role"))));
        // 001: "in Kyrgyzstan, 200 police officers and 50 prosecutors received gender-responsive training".
        assertEquals(200, integer(rowWithAll(rows, "iso3", "KGZ", "role", "police officers"), "trained"));
        assertEquals(50, integer(rowWithAll(rows, "iso3", "KGZ", "role", "prosecutors"), "trained"));
    }

    // names in the six UN languages

    @Test
    void aCountryIsFoundByItsNameInAnyUnLanguage() {
        List<Binding> byCode = rows("agencies-in-country", "country", "KGZ");
        for (String name : List.of("Kyrgyzstan", "kirghizistan", "Kirguistán", "Кыргызстан", "قيرغيزستان", "吉尔吉斯斯坦"))
            assertEquals(byCode, rows("agencies-in-country", "country", name), name);
    }

    @Test
    void aRegionIsFoundByItsNameInAnyUnLanguage() {
        List<Binding> africa = rows("countries-in-region", "region", "Africa");
        assertFalse(africa.isEmpty());
        for (String name : List.of("africa", "Afrique", "África", "Африка", "أفريقيا", "非洲"))
            assertEquals(africa, rows("countries-in-region", "region", name), name);
        assertEquals(rows("countries-without-activity", "region", "Europe"), rows("countries-without-activity", "region", "Европа"));
    }

    @Test
    void anAgencyIsFoundByItsAcronymOrItsNameInAnotherLanguage() {
        List<Binding> byAcronym = rows("countries-of-agency", "agency", "UNODC");
        assertFalse(byAcronym.isEmpty());
        for (String name : List.of("ONUDC", "Office des Nations Unies contre la drogue et le crime",
                "Oficina de las Naciones Unidas contra la Droga y el Delito", "United Nations Office on Drugs and Crime"))
            assertEquals(byAcronym, rows("countries-of-agency", "agency", name), name);
        assertEquals(rows("partners-of-agency", "agency", "UNODC"), rows("partners-of-agency", "agency", "ONUDC"));
        assertEquals(rows("resolutions-cited-by-agency", "agency", "UNODC"), rows("resolutions-cited-by-agency", "agency", "ONUDD"));
    }

    @Test
    void namesAreGivenInEnglishOnceEach() {
        List<Binding> rows = rows("countries-of-agency", "agency", "UNODC");
        assertEquals(rows.size(), new TreeSet<>(column(rows, "iso3")).size(), "one row per country");
        assertEquals("Kyrgyzstan", cell(rowWith(rows, "iso3", "KGZ"), "countryName"));
    }

    // countries-without-activity

    @Test
    void africanCountriesWithoutActivityLeaveOutThoseThePagesName() {
        Set<String> silent = new TreeSet<>(column(rows("countries-without-activity"), "iso3"));
        assertTrue(silent.contains("GHA"), "no page names Ghana");
        for (String named : List.of("EGY", "KEN", "SOM", "NGA", "ETH", "NAM", "ZAF", "MRT", "LSO"))
            assertFalse(silent.contains(named), named + " has activities");
        assertFalse(silent.contains("VNM"), "only the asked region");
        assertTrue(new TreeSet<>(column(rows("countries-without-activity", "region", "Europe"), "iso3")).contains("FRA"));
    }

    // publications-by-year

    @Test
    void publicationsAreCountedByTheirYear() {
        List<Binding> rows = rows("publications-by-year");
        // 000's list of tools: three from 2010, three from 2014, five from 2015, two from 2017.
        assertEquals(3, integer(rowWith(rows, "year", "2010"), "publications"));
        assertEquals(3, integer(rowWith(rows, "year", "2014"), "publications"));
        assertEquals(5, integer(rowWith(rows, "year", "2015"), "publications"));
        assertEquals(2, integer(rowWith(rows, "year", "2017"), "publications"));
        assertEquals(List.of("2010", "2014", "2015", "2017", "2018"), column(rows, "year"));
    }

    // programmes-with-several-agencies

    @Test
    void jointProgrammesListTheirAgencies() {
        List<Binding> rows = rows("programmes-with-several-agencies");
        // 002: "UNODC is working together with UN Women, UNFPA, UNDP and WHO to implement the UN Joint Global
        // Programme on Essential Services ... in pilot countries, including Egypt, Guatemala, Peru, Pakistan, Tunisia and Viet Nam."
        Binding essential = rows.stream().filter(r -> cell(r, "programmeName").contains("Essential Services")).findFirst().orElseThrow();
        assertEquals(Set.of("UNODC", "UN Women", "UNFPA", "UNDP", "WHO"), words(cell(essential, "agencyAcronyms"), ", "));
        assertTrue(words(cell(essential, "countries"), " ").containsAll(Set.of("EGY", "GTM", "PER", "PAK", "TUN", "VNM")));
        // 001: the HAYA Joint Programme with UNFPA, UN-Habitat and UN Women.
        Binding haya = rows.stream().filter(r -> cell(r, "programmeName").contains("HAYA")).findFirst().orElseThrow();
        assertEquals(4, integer(haya, "agencies"));
        assertTrue(rows.stream().allMatch(r -> integer(r, "agencies") >= 2));
    }

    // agency-pairs-sharing-programme

    @Test
    void unfpaAndUnodcShareTwoProgrammes() {
        // The Essential Services programme (002) and the HAYA Joint Programme (001).
        Binding pair = rowWithAll(rows("agency-pairs-sharing-programme"), "firstAgency", "UNFPA", "secondAgency", "UNODC");
        assertEquals(2, integer(pair, "sharedProgrammes"));
    }

    // search-activities

    @Test
    void searchFindsActivitiesByAPhraseWhateverItsCase() {
        List<Binding> rows = rows("search-activities", "text", "rapid response teams");
        // 001: "Domestic Violence Rapid Response Teams" in Viet Nam; 002: "12 Domestic Violence Rapid Response Teams".
        assertEquals(Set.of("001_62342d8e6123a918.txt", "002_f077066088d986e5.txt"), new TreeSet<>(column(rows, "document")));
        assertEquals(2, rows.size());
        assertTrue(rows("search-activities", "text", "no page says this").isEmpty());
    }

    /** The row whose columns hold the given values, failing if there is none. */
    private static Binding rowWithAll(List<Binding> rows, String var1, String value1, String var2, String value2) {
        return rows.stream().filter(r -> value1.equals(cell(r, var1)) && value2.equals(cell(r, var2))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + var1 + " = " + value1 + " and " + var2 + " = " + value2));
    }
}
