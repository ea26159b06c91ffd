package org.evaw.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.junit.jupiter.api.Test;

/**
 * Paging a saved query the grlc way ({@code #+ pagination: N}, {@code page=1,2,…}): each page is
 * the next N rows of the whole answer, in the query's order, and knows whether another follows.
 */
class PageTest {
    private static final Path FIXTURES = Path.of("src/test/resources/org/evaw/queries/paged");

    private static SavedQuery fixture() throws IOException {
        return Catalogue.of(FIXTURES).get("countries-by-code").orElseThrow();
    }

    private static Page.Rows rows(SavedQuery saved, Page page) {
        return rows(saved, page, Map.of());
    }

    private static Page.Rows rows(SavedQuery saved, Page page, Map<String, String> values) {
        try (QueryExec exec = QueryExec.dataset(SavedQueriesTest.corpusStore()).query(page.narrow(saved.bind(values), PageTest::select)).build()) {
            return page.read(exec.select());
        }
    }

    /** A SELECT's rows on the corpus, read whole: a ranked page's records. */
    private static RowSet select(Query query) {
        try (QueryExec exec = QueryExec.dataset(SavedQueriesTest.corpusStore()).query(query).build()) {
            return exec.select().rewindable();
        }
    }

    private static List<Binding> list(RowSetRewindable rows) {
        List<Binding> list = new ArrayList<>();
        rows.forEachRemaining(list::add);
        return list;
    }

    @Test
    void readsThePageSizeFromTheDecorator() throws IOException {
        assertEquals(5, fixture().pagination());
        assertTrue(fixture().paginated());
        assertFalse(SavedQueriesTest.saved("agencies-in-country").paginated());
    }

    @Test
    void pageTwoHoldsTheFiveRowsAfterPageOne() throws IOException {
        SavedQuery saved = fixture();
        Page.Rows first = rows(saved, saved.page("1"));
        Page.Rows second = rows(saved, saved.page("2"));
        List<Binding> one = list(first.rows()), two = list(second.rows());
        assertEquals(5, one.size());
        assertEquals(5, two.size());
        assertNotEquals(one, two);
        assertTrue(first.hasNext() && second.hasNext());
        // The first country codes of the UN table: Aruba, Afghanistan, Angola, Anguilla, Åland Islands; then Albania…
        assertEquals(List.of("ABW", "AFG", "AGO", "AIA", "ALA"), one.stream().map(b -> SavedQueriesTest.cell(b, "iso3")).toList());
        assertEquals("ALB", SavedQueriesTest.cell(two.get(0), "iso3"));
    }

    @Test
    void thePagesTogetherAreTheWholeAnswerAndTheLastSaysSo() throws IOException {
        SavedQuery saved = fixture();
        List<Binding> all = SavedQueriesTest.run(saved.bind(Map.of()));
        List<Binding> paged = new ArrayList<>();
        long number = 1;
        Page.Rows rows;
        do {
            rows = rows(saved, saved.page(Long.toString(number++)));
            paged.addAll(list(rows.rows()));
        } while (rows.hasNext());
        assertEquals(all, paged);
        assertEquals((all.size() + 4) / 5, number - 1);
        Page.Rows beyond = rows(saved, saved.page(Long.toString(number)));
        assertEquals(0, beyond.rows().size());
        assertFalse(beyond.hasNext());
    }

    /** Pages are stable only if the order is total: paging any bundled query must give its whole answer back. */
    @Test
    void everyPaginatedSavedQueryPagesThroughItsWholeAnswer() {
        for (SavedQuery q : Catalogue.bundled().all()) {
            if (!q.paginated())
                continue;
            Query query = q.bind(Map.of());
            List<Binding> all = SavedQueriesTest.run(query);
            Page page = new Page(1, 3);
            List<Binding> paged = new ArrayList<>();
            Page.Rows rows;
            do {
                rows = rows(q, page);
                paged.addAll(list(rows.rows()));
                page = new Page(page.number() + 1, 3);
            } while (rows.hasNext());
            assertEquals(all, paged, q.name());
        }
    }

    /** A query reading an order the summary keeps is paged by its ranks; the pages must still be its whole answer. */
    @Test
    void everyRankedSavedQueryPagesByRankThroughItsWholeAnswer() {
        List<String> ranked = new ArrayList<>();
        for (SavedQuery q : Catalogue.bundled().all()) {
            if (q.rank().isEmpty())
                continue;
            ranked.add(q.name());
            for (Map<String, String> values : OTHER_VALUES.getOrDefault(q.name(), List.of(Map.of()))) {
                List<Binding> all = SavedQueriesTest.run(q.bind(values));
                assertFalse(all.isEmpty(), q.name() + " " + values + " answered nothing: its pages would prove nothing");
                Page page = new Page(1, 3).rankedBy(q.rank().get());
                List<Binding> paged = new ArrayList<>();
                Page.Rows rows;
                do {
                    rows = rows(q, page, values);
                    paged.addAll(list(rows.rows()));
                    page = new Page(page.number() + 1, 3).rankedBy(q.rank().get());
                } while (rows.hasNext());
                assertEquals(all, paged, q.name() + " " + values);
            }
        }
        assertEquals(List.of("activities-by-form-of-violence-and-region", "activity-timeline", "agencies-per-sdg-target",
                "agency-pairs-sharing-country", "agency-pairs-sharing-programme",
                "countries-in-region", "interventions-per-agency", "people-trained-by-country", "programmes-and-agencies",
                "publications-since-year"), ranked.stream().sorted().toList());
    }

    /**
     * Every ranked saved query finds its ranking's records (ranks the loader put in or took out since
     * the ranking was made), whatever its parameters: by its data set, and the part's cells the rest
     * of its pattern binds; a query that could not would read positions as ranks.
     */
    @Test
    void everyRankedSavedQueryFindsItsRankingsRecords() {
        for (SavedQuery q : Catalogue.bundled().all()) {
            if (q.rank().isEmpty())
                continue;
            for (Map<String, String> values : OTHER_VALUES.getOrDefault(q.name(), List.of(Map.of()))) {
                Query records = RankChangesQuery.of(q.bind(values), org.apache.jena.sparql.core.Var.alloc(q.rank().get()))
                        .orElseThrow(() -> new AssertionError(q.name() + " finds no records"));
                String text = records.toString();
                assertTrue(text.contains("rankChangesOf"), q.name() + ": " + text);
                // The row's own cells (a title, a year filter) do not pick the ranking.
                assertFalse(text.contains("evaw:rank ") || text.contains("#rank>"), q.name() + ": " + text);
                // It runs: no records on the corpus as built (its rankings were all made whole).
                try (QueryExec exec = QueryExec.dataset(SavedQueriesTest.corpusStore()).query(records).build()) {
                    assertFalse(exec.select().hasNext(), q.name());
                }
            }
        }
    }

    /**
     * ARQ joins values with a pattern by running the pattern once per value: the ranks of a page
     * go beside the triples that read them, so that what a query finds once (a region by one of its
     * names, a form of violence by its code) is not found again for each of the page's ranks.
     */
    @Test
    void everyRankedSavedQueryJoinsItsRanksBesideTheTriplesThatReadThem() {
        for (SavedQuery q : Catalogue.bundled().all()) {
            if (q.rank().isEmpty())
                continue;
            Query narrowed = new Page(2, 3).rankedBy(q.rank().get()).narrow(q.bind(Map.of()), PageTest::select);
            ElementGroup top = (ElementGroup) narrowed.getQueryPattern();
            List<ElementGroup> rankedTriples = top.getElements().stream()
                    .filter(e -> e instanceof ElementGroup g && g.getElements().size() == 2
                            && g.getElements().get(0) instanceof ElementData
                            && g.getElements().get(1) instanceof ElementPathBlock)
                    .map(ElementGroup.class::cast).toList();
            assertEquals(1, rankedTriples.size(), q.name() + ": " + narrowed);
            ElementData ranks = (ElementData) rankedTriples.get(0).getElements().get(0);
            assertEquals(List.of(4L, 5L, 6L, 7L), ranks.getRows().stream()
                    .map(row -> ((Number) row.get(q.rank().get()).getLiteralValue()).longValue()).toList(), q.name());
        }
    }

    /**
     * Parameter values, beside the defaults, of the ranked queries whose orders are parted by
     * their parameters: each part is ranked from 1, so every part's pages must be its whole answer.
     */
    private static final Map<String, List<Map<String, String>>> OTHER_VALUES = Map.of(
            "countries-in-region", List.of(Map.of(), Map.of("region", "Europe"), Map.of("region", "afrique")),
            "activities-by-form-of-violence-and-region", List.of(Map.of(), Map.of("concept", "VAWG", "region", "Europe"),
                    Map.of("concept", "VAWG")));

    @Test
    void refusesAPageThatIsNotAWholeNumberFromOneNamingTheParameter() throws IOException {
        SavedQuery saved = fixture();
        for (String bad : new String[] {"0", "-1", "two", "1.5", "", "99999999999999999999"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> saved.page(bad), bad);
            assertTrue(e.getMessage().contains("'page'"), e.getMessage());
        }
    }

    @Test
    void aQueryAnsweredInOnePieceHasNoPageParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SavedQueriesTest.saved("agencies-in-country").page("2"));
        assertTrue(e.getMessage().contains("'page'"), e.getMessage());
    }
}
