package org.evaw.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.evaw.loader.KeptOrders.Outcome;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.OntologyFiles;
import org.evaw.ontology.SummaryCubes;
import org.evaw.ontology.SummaryOrders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The delta's orders after one page is replaced: exactly the rows and ranks a fresh summary gives,
 * whether the change alters counts and cells alone (written in place), or adds, removes or moves
 * rows (put in their places and the rows between re-ranked, or past a bound the order made again;
 * for an order ranked in parts, the parts it touches made again); and an order the change cannot
 * reach is left as it is.
 */
class KeptOrdersTest {
    private static final Path FIXTURES = Path.of("src/test/resources/org/evaw/loader/orders");
    private static final Node SUMMARY = NodeFactory.createURI("http://localhost:3030/graph/summary");
    private static final Node PAGE_2 = NodeFactory.createURI("http://localhost:3030/graph/page-2");
    private static final Node TIMELINE = SummaryCubes.activityTimeline.asNode();
    private static final Node PUBLICATIONS = SummaryCubes.publicationsNewestFirst.asNode();
    private static final Node PROGRAMMES = SummaryCubes.programmesAndAgencies.asNode();
    private static final Node INTERVENTIONS = SummaryCubes.interventionsPerAgency.asNode();
    private static final Node TRAINED = SummaryCubes.peopleTrainedByCountry.asNode();
    private static final Node SDG_TARGETS = SummaryCubes.agenciesPerSdgTarget.asNode();
    private static final Node COUNTRIES_BY_REGION = SummaryCubes.countriesInRegion.asNode();
    private static final Node FORMS_BY_REGION = SummaryCubes.activitiesByFormAndRegion.asNode();
    private static final Node COUNTRY_PAIRS = SummaryCubes.agencyPairsSharingCountry.asNode();
    private static final Node PROGRAMME_PAIRS = SummaryCubes.agencyPairsSharingProgramme.asNode();
    private static final Node SEVERAL_AGENCIES = SummaryCubes.programmesWithSeveralAgencies.asNode();
    /** The orders whose rows the delta follows row by row: those with an identity and no parts. */
    private static final Set<Node> FOLLOWED = Set.of(TIMELINE, PUBLICATIONS, PROGRAMMES, INTERVENTIONS, TRAINED, SDG_TARGETS);

    private DatasetGraph store;

    @BeforeEach
    void loadThreePages() {
        store = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(store, () -> {
            RDFDataMgr.read(store, FIXTURES.resolve("pages.trig").toString());
            SummaryGraph.refreshInTransaction(store);
        });
        assertSameOrders("");
        assertFalse(stored().isEmpty());
    }

    @Test
    void countsAndCellsThatKeepEveryRowInPlaceAreWrittenWhereTheyAre() {
        Map<Node, Outcome> outcomes = replacePage2("page-2-counts.trig");
        assertSameOrders("");
        assertEquals(Map.of(TIMELINE, Outcome.CELLS_REWRITTEN, PUBLICATIONS, Outcome.CELLS_REWRITTEN,
                PROGRAMMES, Outcome.CELLS_REWRITTEN, INTERVENTIONS, Outcome.UNTOUCHED, TRAINED, Outcome.UNTOUCHED,
                SDG_TARGETS, Outcome.UNTOUCHED), followed(outcomes));
        // Uganda's counts change (Africa's part), followed row by row: UNFPA's two activities there put its row
        // above UNDP's and UNODC's. Page 2 states no form of violence before or after.
        assertEquals(Outcome.ROWS_MOVED, outcomes.get(COUNTRIES_BY_REGION));
        assertEquals(Outcome.UNTOUCHED, outcomes.get(FORMS_BY_REGION));
        assertEquals(SummaryOrders.ORDERS.size(), outcomes.size());
    }

    /**
     * The forms-and-regions order names a row by its part and its activity, so the delta follows a
     * changed activity's rows within each part it touches, as it follows an unparted order's rows,
     * rather than making the parts again (16 s of a one-page update at 10^4 pages); the
     * countries-in-region order's rows, named by their region, country and agency, are followed too.
     */
    @Test
    void formsAndRegionsThatChangeAreFollowedWithinTheirParts() {
        Map<Node, Outcome> outcomes = replacePage2("page-2-forms.trig");
        assertSameOrders("");
        // UNFPA's activity in Nepal is in the order, in the parts of Asia.
        assertTrue(stored().stream().anyMatch(t -> t.startsWith(FORMS_BY_REGION.getURI() + "/")
                && t.endsWith(EVAW.refActivity.getURI() + " http://localhost:3030/id/activity/page-2-1")));
        assertEquals(Outcome.ROWS_MOVED, outcomes.get(COUNTRIES_BY_REGION));
        assertEquals(Outcome.ROWS_MOVED, outcomes.get(FORMS_BY_REGION));
        // And back: Asia's parts lose their only rows.
        outcomes = replacePage2("pages.trig");
        assertSameOrders("pages.trig");
        assertEquals(Outcome.ROWS_MOVED, outcomes.get(FORMS_BY_REGION));
    }

    /** A part's rows (or a whole order's) read whole are the rows its ranks give one by one, and none of another part's or order's. */
    @Test
    void aPartReadWholeHoldsTheRowsItsRanksGive() {
        replacePage2("page-2-forms.trig");
        SummaryOrders.Order order = SummaryOrders.order(FORMS_BY_REGION);
        Set<List<Node>> parts = Txn.calculateRead(store, () -> {
            Set<List<Node>> found = new java.util.HashSet<>();
            store.find(SUMMARY, Node.ANY, SummaryCubes.dataSet.asNode(), FORMS_BY_REGION).forEachRemaining(q -> found.add(List.of(
                    store.find(SUMMARY, q.getSubject(), EVAW.refConcept.asNode(), Node.ANY).next().getObject(),
                    store.find(SUMMARY, q.getSubject(), EVAW.refRegion.asNode(), Node.ANY).next().getObject())));
            return found;
        });
        assertTrue(parts.size() > 1, "parts: " + parts);
        Txn.executeRead(store, () -> {
            long rows = 0;
            for (List<Node> part : parts) {
                RankedRows oneByOne = new RankedRows(store, SUMMARY, order, part);
                List<Node> ranked = new java.util.ArrayList<>();
                for (long rank = 1; rank <= oneByOne.count(); rank++)
                    ranked.add(oneByOne.at(rank).orElseThrow());
                List<Node> whole = new java.util.ArrayList<>();
                new RankedRows(store, SUMMARY, order, part).all().forEach(whole::add);
                assertEquals(ranked, whole, part.toString());
                rows += whole.size();
            }
            assertEquals(store.stream(SUMMARY, Node.ANY, SummaryCubes.dataSet.asNode(), FORMS_BY_REGION).count(), rows);
            // An order of one list, read whole through its data set.
            for (Node unparted : List.of(PUBLICATIONS, TIMELINE, COUNTRY_PAIRS)) {
                SummaryOrders.Order list = SummaryOrders.order(unparted);
                RankedRows oneByOne = new RankedRows(store, SUMMARY, list, List.of());
                List<Node> ranked = new java.util.ArrayList<>();
                for (long rank = 1; rank <= oneByOne.count(); rank++)
                    ranked.add(oneByOne.at(rank).orElseThrow());
                List<Node> whole = new java.util.ArrayList<>();
                new RankedRows(store, SUMMARY, list, List.of()).all().forEach(whole::add);
                assertFalse(whole.isEmpty(), unparted.toString());
                assertEquals(ranked, whole, unparted.toString());
                assertEquals(store.stream(SUMMARY, Node.ANY, SummaryCubes.dataSet.asNode(), unparted).count(), whole.size());
            }
        });
    }

    @Test
    void rowsAddedGiveTheRanksAFreshOrderGives() {
        Map<Node, Outcome> outcomes = replacePage2("page-2-adds.trig");
        assertSameOrders("");
        assertEquals(Outcome.ROWS_MOVED, outcomes.get(PUBLICATIONS));
        assertEquals(Outcome.ROWS_MOVED, outcomes.get(PROGRAMMES));
    }

    /**
     * A row put in or taken out writes its own rank and the ranking's records, and no other row's
     * rank: the rows below it change position, which a page reads through the records.
     */
    @Test
    void rowsPutInMoveTheRowsBelowWithoutRewritingTheirRanks() {
        Snapshot before = snapshot();
        Map<Node, Outcome> outcomes = replacePage2("page-2-adds.trig");
        assertEquals(Outcome.ROWS_MOVED, outcomes.get(PUBLICATIONS));
        assertSameOrders("page-2-adds.trig");
        assertTrue(rankRecords() > 0, "no ranks recorded");
        // The rows that moved without being touched kept their ranks; those the change touched are put in again.
        Moves moves = before.movesTo(snapshot(), "");
        assertTrue(moves.keepingRank() > moves.reranked(), moves.keepingRank() + " rows moved keeping their ranks, "
                + moves.reranked() + " ranks rewritten");
    }

    /**
     * Rows the change touches that come back between the same neighbours keep their ranks and
     * record nothing: countries-in-region rewrites every row of a changed country (485 at 10^5)
     * and moves few.
     */
    @Test
    void rowsThatComeBackInTheirPlacesKeepTheirRanks() {
        Snapshot before = snapshot();
        Map<Node, Outcome> outcomes = replacePage2("page-2-counts.trig");
        assertEquals(Outcome.ROWS_MOVED, outcomes.get(COUNTRIES_BY_REGION));
        assertSameOrders("page-2-counts.trig");
        Moves moves = before.movesTo(snapshot(), COUNTRIES_BY_REGION.getURI());
        assertTrue(moves.moved() > 0, "no row moved: the test would prove nothing");
        // Of the rows that move among each other, one at least keeps its rank (it is between the same neighbours).
        assertTrue(moves.reranked() < moves.moved(), moves.reranked() + " ranks rewritten for " + moves.moved() + " rows moved");
        assertTrue(rankRecords() <= 2 * moves.reranked(), rankRecords() + " records for " + moves.reranked() + " ranks rewritten");
    }

    /** Every row's rank as the summary states it, and its position as a page reads it. */
    private record Snapshot(Map<Node, Node> ranks, Map<Node, Node> positions) {
        /** Of the rows held in both whose names start with {@code prefix}: how many moved, moved keeping their rank, were given another. */
        Moves movesTo(Snapshot after, String prefix) {
            long moved = 0, keepingRank = 0, reranked = 0;
            for (Map.Entry<Node, Node> row : ranks.entrySet()) {
                Node name = row.getKey();
                if (!after.ranks.containsKey(name) || !name.getURI().startsWith(prefix))
                    continue;
                boolean moves = !positions.get(name).equals(after.positions.get(name));
                boolean rerank = !row.getValue().equals(after.ranks.get(name));
                moved += moves ? 1 : 0;
                keepingRank += moves && !rerank ? 1 : 0;
                reranked += rerank ? 1 : 0;
            }
            return new Moves(moved, keepingRank, reranked);
        }
    }

    private record Moves(long moved, long keepingRank, long reranked) {}

    private Snapshot snapshot() {
        return new Snapshot(ranks(), positions());
    }

    @Test
    void rowsRemovedGiveTheRanksAFreshOrderGives() {
        Map<Node, Outcome> outcomes = replacePage2("page-2-removes.trig");
        assertSameOrders("");
        assertEquals(Outcome.ROWS_MOVED, outcomes.get(PUBLICATIONS));
        assertEquals(Outcome.ROWS_MOVED, outcomes.get(TIMELINE));
    }

    @Test
    void rowsMovedGiveTheRanksAFreshOrderGives() {
        Map<Node, Outcome> outcomes = replacePage2("page-2-moves.trig");
        assertSameOrders("");
        assertEquals(Outcome.ROWS_MOVED, outcomes.get(PUBLICATIONS));
    }

    /**
     * A change reaching several rows of a followed order (several SDG targets and agencies of one
     * activity, several pairs of agencies) puts each in its place, whatever the order the rows were reached in, rather than
     * making the order again whole: that took 18 s of a one-page update at 10^4 pages.
     */
    @Test
    void rowsReachedInAnyOrderArePutInTheirPlacesNotMadeAgainWhole() {
        for (String change : List.of("page-2-counts.trig", "page-2-forms.trig", "page-2-moves.trig", "page-2-adds.trig",
                "page-2-removes.trig")) {
            Map<Node, Outcome> outcomes = replacePage2(change);
            assertSameOrders(change);
            for (Node order : List.of(TIMELINE, PUBLICATIONS, PROGRAMMES, INTERVENTIONS, TRAINED, SDG_TARGETS, COUNTRY_PAIRS,
                    PROGRAMME_PAIRS, SEVERAL_AGENCIES))
                assertNotEquals(Outcome.REMADE, outcomes.get(order), change + ": " + order);
            assertTrue(Set.of(Outcome.UNTOUCHED, Outcome.CELLS_REWRITTEN, Outcome.ROWS_MOVED).contains(outcomes.get(FORMS_BY_REGION)),
                    change + ": " + outcomes.get(FORMS_BY_REGION));
        }
    }

    /**
     * Past the most records of ranks put in and taken out a ranking may hold, an order is made again
     * whole and a part of a parted order alone, to the same rows and ranks a fresh summary gives.
     */
    @Test
    void rowsThatWouldMoveTooManyMakeTheOrderOrThePartAgain() {
        Set<Outcome> forms = new java.util.HashSet<>();
        for (String change : List.of("page-2-forms.trig", "pages.trig", "page-2-adds.trig", "page-2-moves.trig", "page-2-removes.trig",
                "page-2-forms.trig")) {
            Map<Node, Outcome> outcomes = replacePage2(change, 0);
            assertSameOrders(change);
            // (A row that leaves the end of an order moves none: the timeline's, on page-2-removes.)
            if (Set.of("page-2-adds.trig", "page-2-moves.trig", "page-2-removes.trig").contains(change))
                assertEquals(Outcome.REMADE, outcomes.get(PUBLICATIONS), change);
            assertNotEquals(Outcome.REMADE, outcomes.get(FORMS_BY_REGION), change);
            assertNotEquals(Outcome.ROWS_MOVED, outcomes.get(FORMS_BY_REGION), change);
            forms.add(outcomes.get(FORMS_BY_REGION));
            // Past the bound an order or a part is ranked whole again: no records are left.
            assertEquals(0, rankRecords(), change);
        }
        assertTrue(forms.contains(Outcome.PARTS_REMADE), forms.toString());
    }

    /**
     * countries-in-region counts an activity no UN entity leads or joins under no agency (its
     * OPTIONAL unbound): the delta follows a change of an activity's agencies to that row and back,
     * through the OPTIONAL, rather than making the regions again (3.4 s of a one-page update at 10^4);
     * also when that row only counts one more, when an activity of no agency moves country, and
     * when a partner is no UN entity.
     */
    @Test
    void anActivityThatLosesOrGainsItsAgenciesMovesTheRowsOfNoAgency() {
        for (String change : List.of("page-2-agencies.trig", "pages.trig", "page-2-agencies.trig", "page-2-agencies-2.trig",
                "page-2-agencies.trig", "page-2-agencies-2.trig", "page-2-forms.trig")) {
            Map<Node, Outcome> outcomes = replacePage2(change);
            assertSameOrders(change);
            assertTrue(Set.of(Outcome.CELLS_REWRITTEN, Outcome.ROWS_MOVED).contains(outcomes.get(COUNTRIES_BY_REGION)),
                    change + ": " + outcomes.get(COUNTRIES_BY_REGION));
        }
        // The rows of no agency are there, in Africa and Asia, after page-2-agencies.
        replacePage2("page-2-agencies.trig");
        long unbound = Txn.calculateRead(store, () -> store.stream(SUMMARY, Node.ANY, SummaryCubes.dataSet.asNode(), COUNTRIES_BY_REGION)
                .filter(q -> !store.contains(SUMMARY, q.getSubject(), EVAW.agencyAcronym.asNode(), Node.ANY)).count());
        assertEquals(2, unbound);
        assertSameOrders("page-2-agencies.trig again");
    }

    /**
     * people-trained-by-country names a row by its role and the code of the country its counts are
     * counted in: a count of one country makes that country's row of its role again alone, and a
     * count given for several countries the role's "(several countries)" rows alone, where a row
     * named by its role alone summed every count of the role again (7–11 s of a one-page update at
     * 10^5); the rows are still a fresh summary's after each change.
     */
    @Test
    void aTrainingCountRemakesTheRowsOfItsRoleAndCountryAlone() {
        assertEquals(List.of("Uganda UGA police officers 100"), trainedRowsRemade("page-2-trained.trig"));
        assertSameOrders("page-2-trained.trig");
        // The count loses its country, and its activity is in Kenya too: Kenya's row is not made again.
        assertEquals(List.of("(several countries) KEN UGA police officers 30", "(several countries) KEN police officers 40",
                "Uganda UGA police officers 70"), trainedRowsRemade("page-2-trained-several.trig"));
        assertSameOrders("page-2-trained-several.trig");
        for (String change : List.of("page-2-trained-judges.trig", "page-2-trained.trig", "pages.trig", "page-2-trained-several.trig")) {
            assertTrue(trainedRowsRemade(change).stream().noneMatch(row -> row.startsWith("Kenya ")), change);
            assertSameOrders(change);
        }
    }

    /**
     * Replaces page 2 by the fixture's, as {@link #replacePage2} does, the people-trained order
     * followed row by row; gives the rows the delta made again ("name codes role trained"): those
     * of the order's query restricted to the identities the change reaches.
     */
    private List<String> trainedRowsRemade(String fixture) {
        DatasetGraph next = DatasetGraphFactory.create();
        RDFDataMgr.read(next, FIXTURES.resolve(fixture).toString());
        Set<Triple> after = next.getGraph(PAGE_2).find().toSet();
        Set<Triple> before = Txn.calculateRead(store, () -> store.getGraph(PAGE_2).find().toSet());
        Map<Node, Outcome> outcomes = replacePage2(fixture);
        assertTrue(Set.of(Outcome.CELLS_REWRITTEN, Outcome.ROWS_MOVED).contains(outcomes.get(TRAINED)), fixture + ": " + outcomes.get(TRAINED));
        Graph removed = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        before.stream().filter(t -> !after.contains(t)).forEach(removed::add);
        List<Triple> changed = new java.util.ArrayList<>(removed.find().toList());
        after.stream().filter(t -> !before.contains(t)).forEach(changed::add);
        OrderReach reach = OrderReach.of(SummaryOrders.order(TRAINED), SUMMARY).orElseThrow();
        return Txn.calculateRead(store, () -> {
            Graph either = new org.apache.jena.graph.compose.Union(store.getUnionGraph(), removed);
            Graph added = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            after.stream().filter(t -> !before.contains(t)).forEach(added::add);
            Graph previous = new org.apache.jena.graph.compose.Difference(either, added);
            Set<List<Node>> identities = reach.identities(changed, q -> select(either, q), q -> {
                List<org.apache.jena.sparql.engine.binding.Binding> rows = select(previous, q);
                rows.addAll(select(store.getUnionGraph(), q));
                return rows;
            }).orElseThrow();
            try (QueryExec exec = QueryExec.dataset(store).query(reach.restricted(identities, true))
                    .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                List<org.apache.jena.sparql.engine.binding.Binding> rows = new java.util.ArrayList<>();
                exec.select().forEachRemaining(rows::add);
                return rows.stream().map(row -> String.join(" ", row.get("countryName").getLiteralLexicalForm(),
                        row.get("iso3").getLiteralLexicalForm(), row.get("traineeRole").getLiteralLexicalForm(),
                        row.get("trained").getLiteralLexicalForm())).sorted().toList();
            }
        });
    }

    private static List<org.apache.jena.sparql.engine.binding.Binding> select(Graph graph, org.apache.jena.query.Query query) {
        List<org.apache.jena.sparql.engine.binding.Binding> rows = new java.util.ArrayList<>();
        try (QueryExec exec = QueryExec.graph(graph).query(query).build()) {
            exec.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    /** The programmes with several agencies: the Spotlight Initiative's row follows the agencies a change gives it. */
    @Test
    void aProgrammesAgenciesAreFollowedToItsRow() {
        assertEquals(List.of("3 UNDP, UNFPA, UNODC"), severalAgencies());
        Map<Node, Outcome> outcomes = replacePage2("page-2-agencies.trig");
        assertSameOrders("page-2-agencies.trig");
        assertEquals(List.of("2 UNDP, UNODC"), severalAgencies());
        assertEquals(Outcome.CELLS_REWRITTEN, outcomes.get(SEVERAL_AGENCIES));
    }

    /** The programmes-with-several-agencies rows as "count acronyms", by rank. */
    private List<String> severalAgencies() {
        return Txn.calculateRead(store, () -> store.stream(SUMMARY, Node.ANY, SummaryCubes.dataSet.asNode(), SEVERAL_AGENCIES)
                .map(q -> q.getSubject())
                .sorted(java.util.Comparator.comparing(row -> ((Number) store.find(SUMMARY, row, EVAW.rank.asNode(), Node.ANY).next()
                        .getObject().getLiteralValue()).longValue()))
                .map(row -> store.find(SUMMARY, row, EVAW.agencyCount.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm() + " "
                        + store.find(SUMMARY, row, EVAW.agencyAcronyms.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm())
                .toList());
    }

    @Test
    void thePageAsItWasLeavesEveryOrderUntouched() {
        Map<Node, Outcome> outcomes = replacePage2("page-2-counts.trig");
        outcomes = replacePage2("page-2-counts.trig");
        assertSameOrders("");
        assertEquals(SummaryOrders.ORDERS.size(), outcomes.size());
        outcomes.forEach((order, outcome) -> assertEquals(Outcome.UNTOUCHED, outcome, order.getURI()));
    }

    @Test
    void changesOneAfterAnotherKeepTheOrdersAFreshSummaryGives() {
        for (String change : List.of("page-2-counts.trig", "page-2-forms.trig", "page-2-moves.trig", "page-2-adds.trig",
                "page-2-agencies.trig", "page-2-forms.trig", "page-2-removes.trig", "page-2-agencies.trig", "page-2-counts.trig")) {
            replacePage2(change);
            assertSameOrders(change);
        }
    }

    /** The store's orders are a fresh summary's; the message names the triples one has and the other not. */
    private void assertSameOrders(String after) {
        Set<String> fresh = fresh(), stored = stored();
        Set<String> missing = new TreeSet<>(fresh), extra = new TreeSet<>(stored);
        missing.removeAll(stored);
        extra.removeAll(fresh);
        assertEquals(fresh, stored, after + ": missing " + String.join("\n", missing) + "\nextra " + String.join("\n", extra));
    }

    /** Replaces page 2 by the fixture's, the summary brought up to date by the delta, as the loader does. */
    private Map<Node, Outcome> replacePage2(String fixture) {
        return replacePage2(fixture, KeptOrders.MOST_RANK_RECORDS);
    }

    /**
     * Replaces page 2, an order made again whole when the change would move more than {@code mostMoved} of its rows, a
     * part when it would move more than {@code mostMoved} of the part's.
     */
    private Map<Node, Outcome> replacePage2(String fixture, long mostRecords) {
        DatasetGraph changed = DatasetGraphFactory.create();
        RDFDataMgr.read(changed, FIXTURES.resolve(fixture).toString());
        return Txn.calculateWrite(store, () -> {
            SummaryDelta delta = SummaryDelta.before(store, SUMMARY, List.of(PAGE_2));
            store.removeGraph(PAGE_2);
            changed.find().forEachRemaining(store::add);
            return delta.apply(mostRecords);
        });
    }

    /** The orders' triples as a summary computed afresh from the store's other graphs holds them. */
    private Set<String> fresh() {
        DatasetGraph union = DatasetGraphFactory.create();
        Txn.executeRead(store, () -> store.find().forEachRemaining(q -> {
            if (!q.getGraph().equals(SUMMARY)) {
                // By name too: an order pairs what one page's graph states.
                union.add(q);
                union.getDefaultGraph().add(q.asTriple());
            }
        }));
        try (QueryExec exec = QueryExec.dataset(union).query(OntologyFiles.summaryQuery()).build()) {
            Graph summary = exec.construct();
            SummaryOrders.addTo(summary, union, union.getDefaultGraph());
            return orders(summary.find().toList());
        }
    }

    /**
     * The orders' triples as the store's summary holds them, each row's rank read as its position
     * (what a page reads, through its ranking's records of ranks put in and taken out), the records
     * left out.
     */
    private Set<String> stored() {
        return Txn.calculateRead(store, () -> orders(OrdersAsRead.triples(store, SUMMARY)));
    }

    /** Every row's rank as the summary states it. */
    private Map<Node, Node> ranks() {
        return Txn.calculateRead(store, () -> {
            Map<Node, Node> ranks = new java.util.HashMap<>();
            store.find(SUMMARY, Node.ANY, EVAW.rank.asNode(), Node.ANY).forEachRemaining(q -> ranks.put(q.getSubject(), q.getObject()));
            return ranks;
        });
    }

    /** Every row's position in its ranking, as a page reads it. */
    private Map<Node, Node> positions() {
        Map<Node, Node> positions = new java.util.HashMap<>();
        for (String t : stored())
            if (t.contains(" " + EVAW.rank.getURI() + " ")) {
                String[] words = t.split(" ");
                positions.put(NodeFactory.createURI(words[0]), NodeFactory.createLiteralString(words[2]));
            }
        return positions;
    }

    /** The records of ranks put in and taken out the store's summary holds, over every ranking. */
    private long rankRecords() {
        return Txn.calculateRead(store, () -> store.stream(SUMMARY, Node.ANY, EVAW.insertedRank.asNode(), Node.ANY).count()
                + store.stream(SUMMARY, Node.ANY, EVAW.removedRank.asNode(), Node.ANY).count());
    }

    private static Set<String> orders(List<Triple> triples) {
        Set<String> orders = new TreeSet<>();
        for (Triple t : triples)
            for (SummaryOrders.Order order : SummaryOrders.ORDERS)
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(order.dataSet().getURI() + "/"))
                    orders.add(t.getSubject() + " " + t.getPredicate() + " " + t.getObject());
        return orders;
    }

    /** The outcomes of the orders whose rows the delta follows: those with an identity and no parts. */
    private static Map<Node, Outcome> followed(Map<Node, Outcome> outcomes) {
        Map<Node, Outcome> followed = new java.util.HashMap<>(outcomes);
        followed.keySet().retainAll(FOLLOWED);
        return followed;
    }
}
