package org.evaw.mapping.recognise;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * A recogniser that fills the gaps other recognisers leave, and so can skip the text they have read: given which
 * positions are already named, it reads only where a name of its own could still be. Its finds are those of
 * {@link #find} that overlap no named position.
 */
public interface GapRecogniser extends Recogniser {
    /** Mentions in {@code text[from, to)} where {@code named} is false, reading only where one could be. */
    List<Mention> findInGaps(String text, int from, int to, IntPredicate named);
}
