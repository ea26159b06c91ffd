package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A reference match read on over the words after it: only the type asked for, only before the end, in place. */
class ReferenceExtensionsTest {
    private static Mention mention(EntityType type, String label, int start, int end) {
        return new Mention(new Entity(type, "urn:x:" + label, label, null, null, false), start, end, 1.0);
    }

    @Test
    void replacesOnlyMentionsOfTheTypeThatEndBeforeTheEnd() {
        Mention partner = mention(EntityType.PARTNER, "Alpha League", 0, 12);
        Mention programme = mention(EntityType.PROGRAMME, "Bright Paths", 20, 32);
        Mention atTheEnd = mention(EntityType.PARTNER, "Omega Guild", 40, 51);
        List<Mention> mentions = new ArrayList<>(List.of(partner, programme, atTheEnd));
        ReferenceExtensions.extend(mentions, EntityType.PARTNER, 51,
                m -> Optional.of(new Mention(m.entity(), m.start(), m.end() + 8, m.confidence())));
        assertEquals(20, mentions.get(0).end());
        assertSame(programme, mentions.get(1));
        assertSame(atTheEnd, mentions.get(2));
    }

    @Test
    void keepsAMentionTheRuleDoesNotExtend() {
        Mention partner = mention(EntityType.PARTNER, "Alpha League", 0, 12);
        List<Mention> mentions = new ArrayList<>(List.of(partner));
        ReferenceExtensions.extend(mentions, EntityType.PARTNER, 100, m -> Optional.empty());
        assertSame(partner, mentions.get(0));
    }
}
