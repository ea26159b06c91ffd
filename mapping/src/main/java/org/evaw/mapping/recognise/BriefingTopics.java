package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * After a verb of telling, "on" opens what was told, not a complement of the name: "briefed the
 * Council on the Horn of Africa", "updated the Board on Mozambique's floods". The bare organ is the
 * one the text is about (the Security Council, an agency's board), named by its head alone: no
 * partner, and the topic is no part of a name.
 */
final class BriefingTopics {
    private static final Pattern BARE_ORGAN_ON = Pattern.compile("(?:Council|Committee|Board|Commission|Assembly)\\s+on\\s.+");
    private static final Pattern TOLD_THE = Pattern.compile(
            "\\b(?:briefed|briefs|brief|briefing|updated|updates|update|informed|informs|inform|told|tells|addressed|addresses|"
                    + "reported\\s+to|reports\\s+to|warned|warns)\\s{1,3}the\\s{1,3}$");

    private BriefingTopics() {}

    /** {@code found} without the bare organs read with a topic after a verb of telling. */
    static List<Mention> without(String text, int from, List<Mention> found) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            boolean told = m.entity().type() == EntityType.PARTNER && BARE_ORGAN_ON.matcher(m.entity().label()).matches()
                    && TOLD_THE.matcher(text.substring(Math.max(from, m.start() - 40), m.start())).find();
            if (!told)
                out.add(m);
        }
        return out;
    }
}
