package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.evaw.mapping.iri.IriMinter;
import org.junit.jupiter.api.Test;

/** A partner whose name is a programme's name with a head after it is a part of that programme. */
class ProgrammeComponentsTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final String TEXT = "UNEP runs GreenWave, a campaign for young reporters.\n\n"
            + "In 2021 it opened the GreenWave Network and worked with the Green Belt Movement and the Greenpeace Council.";

    private static Mention mention(EntityType type, String name, boolean inReference) {
        int at = TEXT.indexOf(name);
        String kind = type == EntityType.PROGRAMME ? "programme" : "partner";
        return new Mention(new Entity(type, IRIS.entity(kind, name), name, null, null, inReference), at, at + name.length(),
                OrganisationPatternRecogniser.CONFIDENCE);
    }

    @Test
    void makesAProgrammesNetworkAProgrammeAndLeavesOtherPartners() {
        List<List<Mention>> blocks = List.of(List.of(mention(EntityType.PROGRAMME, "GreenWave", false)),
                List.of(mention(EntityType.PARTNER, "GreenWave Network", false), mention(EntityType.PARTNER, "Green Belt Movement", false),
                        mention(EntityType.PARTNER, "Greenpeace Council", false)));
        List<List<Mention>> joined = Recognisers.joinedAcrossTheDocument(TEXT, blocks);
        assertEquals(EntityType.PROGRAMME, joined.get(1).get(0).entity().type(), "the programme's network");
        assertEquals(IRIS.entity("programme", "GreenWave Network"), joined.get(1).get(0).entity().iri());
        assertEquals(EntityType.PARTNER, joined.get(1).get(1).entity().type(), "a name that shares only letters, not a word");
        assertEquals(EntityType.PARTNER, joined.get(1).get(2).entity().type(), "a name that starts with other words");
    }
}
