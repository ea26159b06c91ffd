package org.evaw.server.query;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops every running public query when the heap stays nearly full after a garbage collection
 * (a collection-usage threshold on each heap pool that has one): better that the queries holding
 * the memory end with {@code 503} and a plain message than that any request, or the server,
 * meets {@code OutOfMemoryError}.
 */
public final class MemoryGuard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MemoryGuard.class);

    private final NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
    private final NotificationListener listener;
    private final List<MemoryPoolMXBean> pools = new ArrayList<>();

    /**
     * @param fraction the share of a pool's maximum that, still used after a collection, stops the queries
     */
    public MemoryGuard(RunningQueries queries, double fraction) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
                pool.setCollectionUsageThreshold((long) (max * fraction));
                pools.add(pool);
            }
        }
        listener = (notification, handback) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())
                    && queries.size() > 0) {
                LOG.warn("Heap nearly full after a collection: stopping {} running queries", queries.size());
                queries.abortAll(RunningQueries.Stop.LOW_MEMORY);
            }
        };
        emitter.addNotificationListener(listener, null, null);
    }

    @Override
    public void close() {
        try {
            emitter.removeNotificationListener(listener);
        } catch (ListenerNotFoundException gone) {
            // Already removed.
        }
    }
}
