package org.evaw.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

/**
 * A ranking's records against the ranking itself: after any run of rows put in and taken out, the
 * ranks the records give for positions, and the positions they give for ranks, are those of the
 * rows' ranks in order.
 */
class RankChangesTest {
    @Test
    void recordsGiveTheRanksOfEveryPositionAfterRowsPutInAndTakenOut() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int made = random.nextInt(30);
            List<Node> ranking = new ArrayList<>();
            for (long k = 1; k <= made; k++)
                ranking.add(SummaryOrders.rank(k));
            RankChanges changes = RankChanges.madeWith(made);
            for (int step = 0; step < 40; step++) {
                if (!ranking.isEmpty() && random.nextBoolean()) {
                    Node out = ranking.remove(random.nextInt(ranking.size()));
                    changes = changes.without(out);
                } else {
                    int at = random.nextInt(ranking.size() + 1);
                    Optional<Node> below = at == 0 ? Optional.empty() : Optional.of(ranking.get(at - 1));
                    Optional<Node> above = at == ranking.size() ? Optional.empty() : Optional.of(ranking.get(at));
                    Node in = changes.between(below, above);
                    assertEquals(XSDDatatype.XSDdecimal.getURI(), in.getLiteralDatatypeURI());
                    below.ifPresent(b -> assertTrue(RankChanges.value(b).compareTo(RankChanges.value(in)) < 0));
                    above.ifPresent(a -> assertTrue(RankChanges.value(in).compareTo(RankChanges.value(a)) < 0));
                    ranking.add(at, in);
                    changes = changes.with(in);
                }
                assertEquals(ranking.size(), changes.rows());
                assertEquals(ranking, changes.ranks(1, ranking.size() + 5), "trial " + trial + " step " + step);
                for (int p = 0; p < ranking.size(); p++) {
                    assertEquals(p + 1, changes.position(ranking.get(p)));
                    assertEquals(Optional.of(ranking.get(p)), changes.rank(p + 1));
                }
                int from = 1 + random.nextInt(ranking.size() + 2), to = from + random.nextInt(4);
                assertEquals(ranking.subList(Math.min(from - 1, ranking.size()), Math.min(to, ranking.size())), changes.ranks(from, to));
                // As the summary would state them and read them back: the records alone.
                RankChanges read = RankChanges.of(changes.made(), changes.removedRanks(), changes.insertedRanks());
                assertEquals(ranking, read.ranks(1, ranking.size()));
            }
        }
    }

    @Test
    void aRankingWithoutRecordsIsRankedByPosition() {
        assertFalse(RankChanges.NONE.any());
        assertEquals(List.of(SummaryOrders.rank(1_000_001), SummaryOrders.rank(1_000_002)), RankChanges.NONE.ranks(1_000_001, 1_000_002));
        assertEquals(42, RankChanges.NONE.position(SummaryOrders.rank(42)));
    }

    @Test
    void aDecimalRankHasOneLexicalForm() {
        assertEquals("2.5", RankChanges.term(new BigDecimal("2.50")).getLiteralLexicalForm());
        assertEquals(RankChanges.term(new BigDecimal("0.125")), RankChanges.term(new BigDecimal("0.1250")));
    }
}
