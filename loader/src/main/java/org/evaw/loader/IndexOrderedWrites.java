package org.evaw.loader;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.SerializationFactory;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.atlas.data.ThresholdPolicyCount;
import org.apache.jena.atlas.lib.Sink;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes many triples into one named graph of a TDB2 dataset, inside the caller's write
 * transaction, one index at a time and each index's entries in that index's own order.
 * <p>
 * Why: adding a quad writes it into the six quad indexes at once, each at a place unrelated to
 * the last; when the store is larger than the page cache (a summary of ~60 million triples over
 * 92 million quads at 10^5 pages) every add touches six random blocks, which TDB2 copies before
 * changing, and the write waits on the disk. Here the triples are first given their node ids (the
 * node table, as an add would), then sorted by each index's order with Jena's spilling
 * {@link SortedDataBag}, and each index receives its entries in its own order: each of its blocks
 * is reached once, one index after another. The graph being one node, the six quad indexes need
 * three orders (GSPO and SPOG are both S, P, O within one graph). Jena's bulk loaders do not do
 * this (they replay a whole primary index into the others, or index in arrival order), and
 * {@code tdb2.xloader}, which sorts, builds only an empty store.
 * <p>
 * What it writes is what {@code dataset.add(graph, s, p, o)} for each triple would have, in the
 * same transaction: committed or aborted with the caller's other writes.
 */
final class IndexOrderedWrites implements AutoCloseable {
    /** Triples held in memory per order before a sorted run spills to a temporary file (~50 MB each). */
    private static final long SPILL_THRESHOLD = 1_000_000;

    private final DatasetGraphTDB tdb;
    private final NodeTable nodes;
    private final long graph;
    /** One bag per order of (subject, predicate, object) the quad indexes need, by its letters ("SPO", "POS"…). */
    private final Map<String, SortedDataBag<long[]>> bags = new LinkedHashMap<>();
    private final Map<String, List<TupleIndex>> indexesByOrder = new LinkedHashMap<>();
    private final ByteBuffer buffer = ByteBuffer.allocate(Long.BYTES);
    private long count;

    IndexOrderedWrites(DatasetGraph dataset, Node graph) {
        this(dataset, graph, SPILL_THRESHOLD);
    }

    /** As above, each order's sorted runs spilling past {@code spillThreshold} triples (tests spill a few). */
    IndexOrderedWrites(DatasetGraph dataset, Node graph, long spillThreshold) {
        this.tdb = TDBInternal.getDatasetGraphTDB(dataset);
        this.nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        this.graph = encode(nodes.getAllocateNodeId(graph));
        for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            String order = index.getName().replace("G", "");
            indexesByOrder.computeIfAbsent(order, o -> new ArrayList<>()).add(index);
            bags.computeIfAbsent(order, o -> BagFactory.newSortedBag(new ThresholdPolicyCount<>(spillThreshold),
                    new LongTriples(), comparator(o)));
        }
    }

    /** Notes a triple of the graph; it is written by {@link #write}. */
    void add(Node s, Node p, Node o) {
        long[] spo = {encode(nodes.getAllocateNodeId(s)), encode(nodes.getAllocateNodeId(p)), encode(nodes.getAllocateNodeId(o))};
        bags.values().forEach(bag -> bag.add(spo));
        count++;
    }

    /** Writes every triple noted into every quad index, each index in its order; returns how many triples were noted. */
    long write() {
        for (Map.Entry<String, SortedDataBag<long[]>> bag : bags.entrySet()) {
            List<TupleIndex> indexes = indexesByOrder.get(bag.getKey());
            Iterator<long[]> sorted = bag.getValue().iterator();
            while (sorted.hasNext()) {
                long[] spo = sorted.next();
                var quad = TupleFactory.create4(decode(graph), decode(spo[0]), decode(spo[1]), decode(spo[2]));
                for (TupleIndex index : indexes)
                    index.add(quad);
            }
        }
        return count;
    }

    @Override
    public void close() {
        bags.values().forEach(SortedDataBag::close);
    }

    /** A node id as the 8 bytes the indexes' records hold, read as an unsigned number: the indexes' own order. */
    private long encode(NodeId id) {
        NodeIdFactory.set(id, buffer, 0);
        return buffer.getLong(0);
    }

    private NodeId decode(long value) {
        buffer.putLong(0, value);
        return NodeIdFactory.get(buffer, 0);
    }

    /** The order of an index whose letters (without G) are {@code order}, over triples held as (S, P, O). */
    private static Comparator<long[]> comparator(String order) {
        int[] columns = order.chars().map(c -> "SPO".indexOf(c)).toArray();
        return (a, b) -> {
            for (int c : columns) {
                int x = Long.compareUnsigned(a[c], b[c]);
                if (x != 0)
                    return x;
            }
            return 0;
        };
    }

    /** Triples of node ids, three longs each, as the bags spill them. */
    private static final class LongTriples implements SerializationFactory<long[]> {
        @Override
        public Sink<long[]> createSerializer(OutputStream out) {
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
            return new Sink<>() {
                @Override
                public void send(long[] spo) {
                    try {
                        data.writeLong(spo[0]);
                        data.writeLong(spo[1]);
                        data.writeLong(spo[2]);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void flush() {
                    try {
                        data.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void close() {
                    try {
                        data.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        }

        @Override
        public Iterator<long[]> createDeserializer(InputStream in) {
            DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
            return new Iterator<>() {
                private long[] next = read();

                private long[] read() {
                    try {
                        return new long[] {data.readLong(), data.readLong(), data.readLong()};
                    } catch (EOFException e) {
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public long[] next() {
                    if (next == null)
                        throw new NoSuchElementException();
                    long[] current = next;
                    next = read();
                    return current;
                }
            };
        }
    }
}
