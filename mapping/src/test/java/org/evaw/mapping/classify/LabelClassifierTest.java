package org.evaw.mapping.classify;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.recognise.EntityType;
import org.evaw.mapping.recognise.Mention;
import org.evaw.mapping.recognise.Recognisers;
import org.evaw.mapping.reference.ReferenceData;
import org.evaw.ontology.OntologyFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The label classifier on sentences, with the names the recognisers find in them masked as the
 * mapper masks them: longest labels, acronyms as written, names and cited titles left out, payer
 * phrases no funding, labels in English, French, Spanish and Portuguese.
 */
class LabelClassifierTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static Recognisers recognisers;
    private static LabelClassifier classifier;

    @BeforeAll
    static void load() {
        recognisers = new Recognisers(ReferenceData.load(IRIS), IRIS);
        classifier = LabelClassifier.of(OntologyFiles.conceptSchemes());
    }

    private static List<Mention> classify(String text) {
        return classifier.classify(text, 0, text.length(), recognisers.find(text, 0, text.length()));
    }

    /** The slugs of the concepts found, distinct, in the order first stated. */
    private static Set<String> concepts(String text) {
        Set<String> slugs = new LinkedHashSet<>();
        classify(text).forEach(m -> slugs.add(slug(m)));
        return slugs;
    }

    /** Each mention as {@code words=slug}. */
    private static List<String> quotes(String text) {
        return classify(text).stream().map(m -> text.substring(m.start(), m.end()) + "=" + slug(m)).toList();
    }

    private static String slug(Mention m) {
        return m.entity().iri().substring(m.entity().iri().lastIndexOf('/') + 1);
    }

    @Test
    void readsTheReadmesInventoryExample() {
        String text = "In Guinea and Mali, UNFPA trained 120 midwives to treat the complications of female genital "
                + "mutilation and funded a toll-free helpline run by a women's association. With the Ministry of Justice "
                + "it supported a draft law raising the minimum age of marriage to 18.";
        Set<String> found = concepts(text);
        assertAll(
                () -> assertTrue(found.containsAll(List.of("female-genital-mutilation", "capacity-building-and-training",
                        "services-for-survivors", "funding", "laws-and-policies")), found.toString()),
                () -> assertFalse(found.contains("justice-and-policing"), "Justice is inside a ministry's name: " + found),
                () -> assertFalse(found.contains("harmful-practices"), "FGM is listed without its broader concept: " + found));
    }

    @Test
    void readsTheReadmesProseExample() {
        String text = "During the 16 Days of Activism against Gender-Based Violence in 2022, UN Women and the national "
                + "statistics office of Jordan released the country's first survey of online harassment of women "
                + "journalists, with funding from the European Union.";
        assertEquals(Set.of("advocacy-and-awareness", "violence-against-women-and-girls", "data-and-research",
                "technology-facilitated-violence"), concepts(text));
    }

    @Test
    void theLongestLabelWins() {
        assertAll(
                () -> assertEquals(List.of("conflict-related sexual violence=conflict-related-sexual-violence"),
                        quotes("It helped survivors of conflict-related sexual violence.")),
                () -> assertEquals(List.of("violence against women in politics=violence-against-women-in-politics"),
                        quotes("It documented violence against women in politics.")),
                () -> assertEquals(List.of("sexual and gender-based violence=violence-against-women-and-girls"),
                        quotes("It works on sexual and gender-based violence.")),
                () -> assertEquals(List.of("referral pathways=coordination"), quotes("It set up referral pathways.")));
    }

    @Test
    void acronymsMatchOnlyAsWrittenAndOtherLabelsWhateverTheirCase() {
        assertAll(
                () -> assertEquals(List.of("PSEA=sexual-exploitation-and-abuse"), quotes("Staff were briefed on PSEA")
                        .stream().filter(q -> !q.endsWith("=advocacy-and-awareness")).toList()),
                () -> assertEquals(List.of(), quotes("Boats cross the sea at night.")),
                () -> assertEquals(List.of("FGM/C=female-genital-mutilation"), quotes("Communities abandoned FGM/C.")),
                () -> assertEquals(List.of("Domestic Violence=domestic-and-intimate-partner-violence"),
                        quotes("A Hotline on Domestic Violence").stream().filter(q -> !q.startsWith("Hotline")).toList()));
    }

    @Test
    void theNamesOfOrganisationsBodiesAndCitedInstrumentsDoNotCount() {
        assertAll(
                () -> assertEquals(Set.of("advocacy-and-awareness"),
                        concepts("UNFPA briefed the Special Rapporteur on violence against women.")),
                () -> assertEquals(Set.of(), concepts("The Office of the SRSG on Sexual Violence in Conflict met the minister.")),
                () -> assertEquals(Set.of("capacity-building-and-training", "justice-and-policing"),
                        concepts("Acting under resolution 1820 on sexual violence in conflict, UNDP trained 40 judges.")),
                () -> assertEquals(Set.of(), concepts("It cited the Declaration on the Elimination of Violence against Women.")));
    }

    @Test
    void theWordsOfAWebAddressDoNotCount() {
        assertEquals(Set.of("capacity-building-and-training"), concepts("UNODC launched a toolkit, found at: "
                + "http://www.unodc.org/documents/human-trafficking/Needs_Assessment_Toolkit_ebook.pdf."));
    }

    @Test
    void theNameOfWhatTheActivityRunsOrJoinsCounts() {
        assertEquals(Set.of("advocacy-and-awareness", "violence-against-women-and-girls"),
                concepts("UNODC took part in the 16 Days of Activism against Gender-Based Violence."));
    }

    @Test
    void whoPaysForTheActivityDoesNotMakeItFunding() {
        assertAll(
                () -> assertEquals(Set.of("capacity-building-and-training", "justice-and-policing"),
                        concepts("With funding from the European Union, UN Women trained police officers.")),
                () -> assertEquals(Set.of("data-and-research"), concepts("A survey funded by Norway was released.")),
                () -> assertEquals(Set.of("data-and-research"), concepts("A survey financed by Sweden was released.")),
                () -> assertEquals(Set.of("data-and-research"),
                        concepts("With financial support from Japan, WHO ran a survey.")),
                () -> assertEquals(Set.of("data-and-research"), concepts("A survey paid for by Korea was released.")),
                () -> assertEquals(Set.of("data-and-research"), concepts("IOM ran an EU-funded survey.")),
                () -> assertEquals(Set.of("data-and-research"),
                        concepts("IOM ran a survey with the Embassy of the Netherlands, which funds the programme.")),
                () -> assertEquals(Set.of("funding", "services-for-survivors"), concepts("UNFPA funded a helpline.")),
                () -> assertEquals(Set.of("funding"), concepts("The trust fund awarded grants to twelve organizations.")));
    }

    @Test
    void workDoneInCoordinationWithOthersIsNotCoordination() {
        assertAll(
                () -> assertEquals(Set.of("services-for-survivors"),
                        concepts("In coordination with the Ministry of Health, IOM ran a shelter for survivors.")),
                () -> assertEquals(Set.of("coordination"), concepts("IOM coordinated the national task force.")));
    }

    @Test
    void whatSomethingIsCalledRefersNoSurvivor() {
        assertAll(
                () -> assertEquals(Set.of("femicide"), concepts("The killings (also referred to as femicide) were counted.")),
                () -> assertEquals(Set.of("services-for-survivors"), concepts("Survivors were referred to shelters.")));
    }

    @Test
    void readsEnglishFrenchSpanishAndPortugueseLabels() {
        assertAll(
                () -> assertEquals(Set.of("advocacy-and-awareness", "trafficking-in-persons", "sexual-exploitation-and-abuse"),
                        concepts("A campanha mobiliza a sociedade contra o tráfico de pessoas e a exploração sexual.")),
                () -> assertEquals(Set.of("capacity-building-and-training", "domestic-and-intimate-partner-violence"),
                        concepts("Un atelier sur les violences conjugales a réuni des juristes.")),
                () -> assertEquals(Set.of("advocacy-and-awareness", "violence-against-women-and-girls", "child-early-and-forced-marriage"),
                        concepts("Una campaña contra la violencia de género y el matrimonio infantil.")),
                // Labels in the other UN languages are not read: the pages are in English, French, Spanish and Portuguese.
                () -> assertEquals(Set.of(), concepts("العنف المنزلي")));
    }

    @Test
    void findsTheTopConceptByItsCommonestParaphrase() {
        assertAll(
                () -> assertEquals(List.of("women who had suffered violence=violence-against-women-and-girls"),
                        quotes("Men spoke up for women who had suffered violence.")),
                () -> assertEquals(Set.of(), concepts("Gang violence rose in the city; women led the march.")),
                () -> assertEquals(List.of("domestic violence=domestic-and-intimate-partner-violence"),
                        quotes("It studied domestic violence against older women.")));
    }

    @Test
    void givesEachMentionItsWordsAConceptAndAConfidence() {
        String text = "UNFPA runs shelters for survivors of gender-based violence (GBV).";
        List<Mention> found = classify(text);
        assertAll(
                () -> assertEquals(List.of("shelters=services-for-survivors", "gender-based violence=violence-against-women-and-girls",
                        "GBV=violence-against-women-and-girls"), quotes(text)),
                () -> assertTrue(found.stream().allMatch(m -> m.confidence() > 0 && m.confidence() <= 1)),
                () -> assertEquals(EntityType.INTERVENTION, found.get(0).entity().type()),
                () -> assertEquals("services for survivors", found.get(0).entity().label()),
                () -> assertEquals(EntityType.FORM_OF_VIOLENCE, found.get(1).entity().type()),
                () -> assertEquals("violence against women and girls", found.get(1).entity().label()));
    }

    @Test
    void aWordRepeatedAThousandTimesGivesBoundedMentions() {
        String text = "GBV ".repeat(1000);
        assertEquals(LabelClassifier.MAX_MENTIONS_PER_CONCEPT, classify(text).size());
    }

    @Test
    void classifiesOnlyTheSpanItIsGiven() {
        String text = "UNFPA trained nurses. It also ran a campaign.";
        int cut = text.indexOf(" It");
        assertEquals(List.of("capacity-building-and-training"),
                classifier.classify(text, 0, cut, recognisers.find(text, 0, cut)).stream().map(LabelClassifierTest::slug).toList());
    }
}
