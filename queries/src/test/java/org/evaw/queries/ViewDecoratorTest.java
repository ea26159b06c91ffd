package org.evaw.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/**
 * The {@code #+ view: NAME} decorator, which names the view the saved-query page opens an answer
 * in: read into {@link SavedQuery#view()}, empty when absent, refused with the list of views
 * when it names none of them; and the bundled queries that open on the map or the timeline answer
 * with the columns those views draw.
 */
class ViewDecoratorTest {
    private static final Path FIXTURES = Path.of("src/test/resources/org/evaw/queries/views");

    private static SavedQuery fixture(String name) throws IOException {
        return SavedQueryParser.parse(name, Files.readString(FIXTURES.resolve(name + ".rq"), StandardCharsets.UTF_8));
    }

    @Test
    void readsTheViewAQueryNames() throws IOException {
        SavedQuery q = fixture("opens-on-a-map");
        assertEquals(Optional.of(View.MAP), q.view());
        assertEquals(List.of("countries"), q.tags(), "the decorators before and after it are still read");
    }

    @Test
    void aQueryThatNamesNoViewLeavesItToThePage() throws IOException {
        assertEquals(Optional.empty(), fixture("names-no-view").view());
    }

    @Test
    void refusesAViewThatDoesNotExistAndListsThoseThatDo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fixture("names-an-unknown-view"));
        assertTrue(e.getMessage().contains("names-an-unknown-view") && e.getMessage().contains("'globe'")
                && e.getMessage().contains("[table, bar, map, timeline]"), e.getMessage());
    }

    /** The map draws countries by their M49 codes, the timeline counts by their period's start. */
    @Test
    void bundledQueriesThatOpenOnAMapOrATimelineAnswerWithTheColumnsTheyDraw() {
        Map<View, String> column = Map.of(View.MAP, "m49", View.TIMELINE, "start");
        List<SavedQuery> named = Catalogue.bundled().all().stream().filter(q -> q.view().isPresent() && column.containsKey(q.view().get())).toList();
        assertTrue(named.stream().anyMatch(q -> q.view().get() == View.MAP), "some query opens on the map");
        assertTrue(named.stream().anyMatch(q -> q.view().get() == View.TIMELINE), "some query opens on the timeline");
        for (SavedQuery q : named)
            assertTrue(QueryFactory.create(q.sparql()).getResultVars().contains(column.get(q.view().get())),
                    q.name() + " opens on the " + q.view().get().key() + " but has no ?" + column.get(q.view().get()));
    }
}
