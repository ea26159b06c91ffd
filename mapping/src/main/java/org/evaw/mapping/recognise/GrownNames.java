package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Names that a rule makes longer in place ({@link DefinedLongForms}, {@link ThemeListNames}): each mention replaced by
 * what the rule reads of it, and the names found inside a longer one dropped, being words of it now.
 */
final class GrownNames {
    private GrownNames() {}

    /** {@code found} with each mention replaced by {@code longer}'s reading of it, and the names inside a grown one dropped. */
    static List<Mention> grown(List<Mention> found, UnaryOperator<Mention> longer) {
        List<Mention> out = new ArrayList<>(found.size());
        List<Mention> grown = new ArrayList<>();
        for (Mention m : found) {
            Mention read = longer.apply(m);
            if (read != m)
                grown.add(read);
            out.add(read);
        }
        if (!grown.isEmpty())
            out.removeIf(m -> grown.stream().anyMatch(g -> g.start() <= m.start() && m.end() <= g.end()
                    && !(g.start() == m.start() && g.end() == m.end())));
        return out;
    }
}
