package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.evaw.mapping.iri.IriMinter;
import org.junit.jupiter.api.Test;

/**
 * A name without its complement, in a later block, is the name given in full; a programme's organ is the programme; a
 * body named without its state is the body named with it, unless two states' bodies share the name.
 */
class DocumentShortFormsTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final String TEXT = "The Envoy set up the Young Mediators' Platform of the Lake Region.\n\n"
            + "The Young Mediators' Platform met the Advisory Board of the Young Mediators' Platform and the Board of the Lake Fund.";

    private static Mention mention(EntityType type, String name, int from) {
        int at = TEXT.indexOf(name, from);
        String kind = type == EntityType.PROGRAMME ? "programme" : "partner";
        return new Mention(new Entity(type, IRIS.entity(kind, name), name, null, null, false), at, at + name.length(),
                OrganisationPatternRecogniser.CONFIDENCE);
    }

    @Test
    void joinsAShortFormAndAnOrganToTheProgrammeNamedInFull() {
        int second = TEXT.indexOf("\n\n");
        Mention full = mention(EntityType.PROGRAMME, "Young Mediators' Platform of the Lake Region", 0);
        List<List<Mention>> blocks = List.of(List.of(full),
                List.of(mention(EntityType.PROGRAMME, "Young Mediators' Platform", second),
                        mention(EntityType.PARTNER, "Advisory Board of the Young Mediators' Platform", second),
                        mention(EntityType.PARTNER, "Board of the Lake Fund", second)));
        List<List<Mention>> joined = Recognisers.joinedAcrossTheDocument(TEXT, blocks);
        assertSame(full.entity(), joined.get(1).get(0).entity(), "the short form");
        assertSame(full.entity(), joined.get(1).get(1).entity(), "the programme's organ");
        assertEquals("Board of the Lake Fund", joined.get(1).get(2).entity().label(), "the organ of a name the document does not give");
    }

    @Test
    void joinsABodyNamedWithoutItsStateToTheBodyNamedWithItInEnglishAndSpanish() {
        String text = "El Ministerio de Salud de Panamá y el Ministry of Justice of Belarus firmaron.\n\n"
                + "El Ministerio de Salud y el Ministry of Justice abrieron dos centros.";
        int second = text.indexOf("\n\n");
        Mention health = partner(text, "Ministerio de Salud de Panamá", 0);
        Mention justice = partner(text, "Ministry of Justice of Belarus", 0);
        List<List<Mention>> joined = Recognisers.joinedAcrossTheDocument(text, List.of(List.of(health, justice),
                List.of(partner(text, "Ministerio de Salud", second), partner(text, "Ministry of Justice", second))));
        assertSame(health.entity(), joined.get(1).get(0).entity(), "the Spanish body without its state");
        assertSame(justice.entity(), joined.get(1).get(1).entity(), "the English body without its state");
    }

    @Test
    void joinsABodyNamedWithoutItsPeoplesAdjectiveToTheBodyNamedWithIt() {
        String text = "UNODC trained officers of the Egyptian Ministry of Interior and the Jordanian Ministry of Justice.\n\n"
                + "The Ministry of Interior opened two units; the Ministry of Health and the Ministry of Justice joined.";
        int second = text.indexOf("\n\n");
        Mention interior = partner(text, "Egyptian Ministry of Interior", 0);
        Mention justice = partner(text, "Jordanian Ministry of Justice", 0);
        List<List<Mention>> joined = Recognisers.joinedAcrossTheDocument(text, List.of(List.of(interior, justice),
                List.of(partner(text, "Ministry of Interior", second), partner(text, "Ministry of Health", second),
                        partner(text, "Ministry of Justice", second))));
        assertSame(interior.entity(), joined.get(1).get(0).entity(), "the ministry without its people's adjective");
        assertEquals("Ministry of Health", joined.get(1).get(1).entity().label(), "a body the document names with no adjective");
        assertSame(justice.entity(), joined.get(1).get(2).entity(), "the second state's ministry, by its own name");
    }

    @Test
    void joinsABareOneWordBodyToTheBodyNamedWithItsState() {
        String text = "The Judiciary of Liberia opened Criminal Court E in 2008.\n\n"
                + "UNDP handed the new building to the Judiciary in June 2020.";
        int second = text.indexOf("\n\n");
        Mention full = partner(text, "Judiciary of Liberia", 0);
        List<List<Mention>> joined = Recognisers.joinedAcrossTheDocument(text, List.of(List.of(full),
                List.of(partner(text, "Judiciary", second))));
        assertSame(full.entity(), joined.get(1).get(0).entity(), "the bare body, in a text that names its state's");
    }

    @Test
    void leavesABareNameThatTwoStatesBodiesShare() {
        String text = "El Ministerio de Salud de Panamá y el Ministerio de Salud de Honduras firmaron.\n\n"
                + "El Ministerio de Salud abrió dos centros.";
        int second = text.indexOf("\n\n");
        List<List<Mention>> joined = Recognisers.joinedAcrossTheDocument(text, List.of(
                List.of(partner(text, "Ministerio de Salud de Panamá", 0), partner(text, "Ministerio de Salud de Honduras", 0)),
                List.of(partner(text, "Ministerio de Salud", second))));
        assertEquals("Ministerio de Salud", joined.get(1).get(0).entity().label(), "either state's ministry: neither");
    }

    private static Mention partner(String text, String name, int from) {
        int at = text.indexOf(name, from);
        return new Mention(new Entity(EntityType.PARTNER, IRIS.entity("partner", name), name, null, null, false), at,
                at + name.length(), OrganisationPatternRecogniser.CONFIDENCE);
    }
}
