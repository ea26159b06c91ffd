package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A meeting that an organisation named before holds, where something took place: "presented the
 * study to ASEAN at its Regional Policy Forum", "spoke at their Annual Summit". After "at its" or
 * "at their" the name is an event of its owner, a venue, not an organisation that takes part.
 */
final class OwnedEvents {
    private static final Pattern MEETING = Pattern.compile(".*\\b(?:Forum|Summit|Conference|Meeting|Assembly|Session|Congress|Dialogue)");
    private static final Pattern AT_ITS = Pattern.compile("\\bat\\s{1,3}(?:its|their)\\s{1,3}$");

    private OwnedEvents() {}

    /** {@code found} without the partners named as their owner's meeting after "at its". */
    static List<Mention> without(String text, int from, List<Mention> found) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            boolean event = m.entity().type() == EntityType.PARTNER && MEETING.matcher(m.entity().label()).matches()
                    && AT_ITS.matcher(text.substring(Math.max(from, m.start() - 16), m.start())).find();
            if (!event)
                out.add(m);
        }
        return out;
    }
}
