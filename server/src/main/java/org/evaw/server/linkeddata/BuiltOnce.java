package org.evaw.server.linkeddata;

import java.util.function.Supplier;

/**
 * A description built on first use and kept: the store cannot change under a read-only server,
 * and building it at start would slow every start, tests' included.
 */
abstract class BuiltOnce implements Supplier<Description> {
    private volatile Description description;

    @Override
    public final Description get() {
        Description d = description;
        if (d == null) {
            synchronized (this) {
                if (description == null)
                    description = build();
                d = description;
            }
        }
        return d;
    }

    protected abstract Description build();
}
