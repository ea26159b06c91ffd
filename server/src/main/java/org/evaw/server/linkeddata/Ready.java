package org.evaw.server.linkeddata;

import java.time.Duration;
import java.util.Optional;

/** Something made from the whole store in the background: given if it is ready within a wait, else nothing yet. */
interface Ready<T> {
    Optional<T> within(Duration wait);
}
