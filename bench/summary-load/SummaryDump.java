import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.evaw.loader.SummaryGraph;

/**
 * Writes a TDB2 store's summary graph as N-Triples lines (unsorted: sort them with LC_ALL=C sort), so that the summaries two loads
 * made can be compared with diff. Run as a source file: java -cp evaw-kg.jar SummaryDump.java DB OUT.
 */
public class SummaryDump {
    public static void main(String[] args) throws Exception {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(args[0]);
        // Millions of lines at 10^4 pages: written as they come, sorted by sort(1) afterwards.
        try (PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(args[1]), 1 << 20), false, "UTF-8")) {
            Txn.executeRead(store, () -> {
                Node summary = SummaryGraph.name(org.apache.jena.atlas.iterator.Iter.toList(store.listGraphNodes())).orElseThrow();
                store.find(summary, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.println(NodeFmtLib.strNT(q.getSubject())
                        + " " + NodeFmtLib.strNT(q.getPredicate()) + " " + NodeFmtLib.strNT(q.getObject()) + " ."));
            });
        }
    }
}
