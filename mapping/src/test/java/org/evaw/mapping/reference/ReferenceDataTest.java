package org.evaw.mapping.reference;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.ontology.EVAW;
import org.junit.jupiter.api.Test;

/** What the bundled reference data says about countries, and how it extends and rebases. */
class ReferenceDataTest {

    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Model REF = ReferenceData.load(IRIS);

    @Test
    void everyConceptOfTheReferenceDataIsInAScheme() {
        List<Resource> loose = REF.listSubjectsWithProperty(RDF.type, SKOS.Concept)
                .filterDrop(c -> c.hasProperty(SKOS.inScheme) || c.hasProperty(SKOS.topConceptOf)).toList();
        assertTrue(REF.listSubjectsWithProperty(RDF.type, SKOS.Concept).hasNext(), "the terms are concepts");
        assertTrue(loose.isEmpty(), "concepts without a scheme: " + loose);
    }

    @Test
    void describesVietNamByItsUnNameAndCodes() {
        Resource vnm = REF.createResource(IRIS.entity("country", "VNM"));
        List<Literal> prefLabels = vnm.listProperties(SKOS.prefLabel).mapWith(Statement::getLiteral)
                .filterKeep(l -> l.getLanguage().equals("en")).toList();
        assertAll(
                () -> assertTrue(REF.contains(vnm, RDF.type, EVAW.Country)),
                () -> assertEquals(1, prefLabels.size(), prefLabels.toString()),
                () -> assertEquals("Viet Nam", prefLabels.get(0).getLexicalForm()),
                () -> assertEquals("en", prefLabels.get(0).getLanguage()),
                () -> assertEquals("VNM", vnm.getProperty(EVAW.iso3).getString()),
                () -> assertEquals("VN", vnm.getProperty(EVAW.iso2).getString()),
                () -> assertEquals("704", vnm.getProperty(EVAW.m49).getString()),
                () -> assertEquals("Asia", vnm.getPropertyResourceValue(EVAW.region).getProperty(SKOS.prefLabel, "en").getString()),
                () -> assertTrue(REF.contains(vnm, SKOS.altLabel, REF.createLiteral("Vietnam", "en"))));
    }

    @Test
    void labelsCountriesAndRegionsInTheSixUnLanguages() {
        Resource vnm = REF.createResource(IRIS.entity("country", "VNM"));
        Resource asia = vnm.getPropertyResourceValue(EVAW.region);
        Resource pse = REF.createResource(IRIS.entity("country", "PSE"));
        Resource civ = REF.createResource(IRIS.entity("country", "CIV"));
        assertAll(
                // The UN's short name first, CLDR's as another label.
                () -> assertEquals("Вьетнам", vnm.getProperty(SKOS.prefLabel, "ru").getString()),
                () -> assertEquals("越南", vnm.getProperty(SKOS.prefLabel, "zh").getString()),
                () -> assertEquals("État de Palestine", pse.getProperty(SKOS.prefLabel, "fr").getString()),
                () -> assertEquals("Estado de Palestina", pse.getProperty(SKOS.prefLabel, "es").getString()),
                () -> assertTrue(REF.contains(vnm, SKOS.altLabel, REF.createLiteral("Viêt Nam", "fr"))),
                () -> assertTrue(REF.contains(civ, SKOS.altLabel, REF.createLiteral("Кот-д’Ивуар", "ru"))),
                // Regions: CLDR's name of the M49 code.
                () -> assertEquals("亚洲", asia.getProperty(SKOS.prefLabel, "zh").getString()),
                () -> assertEquals("آسيا", asia.getProperty(SKOS.prefLabel, "ar").getString()),
                () -> assertEquals("Asie", asia.getProperty(SKOS.prefLabel, "fr").getString()));
    }

    @Test
    void givesEveryCountryExactlyOneIso3CodeMatchingItsIri() {
        List<Resource> countries = REF.listSubjectsWithProperty(RDF.type, EVAW.Country).toList();
        assertTrue(countries.size() > 190, "only " + countries.size() + " countries");
        List<String> bad = new ArrayList<>();
        for (Resource c : countries) {
            List<Statement> codes = c.listProperties(EVAW.iso3).toList();
            if (codes.size() != 1 || !codes.get(0).getString().matches("[A-Z]{3}")
                    || !c.getURI().equals(IRIS.entity("country", codes.get(0).getString())))
                bad.add(c.getURI() + " " + codes);
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void givesEveryCountryOnePrefLabelInEachUnLanguage() {
        List<String> bad = new ArrayList<>();
        for (Resource c : REF.listSubjectsWithProperty(RDF.type, EVAW.Country).toList()) {
            List<String> languages = c.listProperties(SKOS.prefLabel).toList().stream().map(Statement::getLanguage).sorted().toList();
            if (!languages.equals(List.of("ar", "en", "es", "fr", "ru", "zh")))
                bad.add(c.getURI() + " " + languages);
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void keepsUnAnnotationsOutOfCountryNames() {
        Resource pse = REF.createResource(IRIS.entity("country", "PSE"));
        assertEquals("State of Palestine", pse.getProperty(SKOS.prefLabel, "en").getString());
        List<String> starred = new ArrayList<>();
        for (Resource c : REF.listSubjectsWithProperty(RDF.type, EVAW.Country).toList()) {
            for (Statement s : c.listProperties().toList()) {
                if ((s.getPredicate().equals(SKOS.prefLabel) || s.getPredicate().equals(SKOS.altLabel))
                        && (s.getString().contains("*") || s.getString().endsWith("(the)")))
                    starred.add(c.getURI() + " \"" + s.getString() + "\"");
            }
        }
        assertEquals(List.of(), starred);
    }

    @Test
    void namesCoteDIvoireByItsUnShortName() {
        // The table's UNTERM columns are empty for CIV; its official_name_en is "Ivory Coast".
        Resource civ = REF.createResource(IRIS.entity("country", "CIV"));
        assertEquals("Côte d’Ivoire", civ.getProperty(SKOS.prefLabel, "en").getString().replace('\'', '’'));
    }

    @Test
    void namesBoliviaByItsShortName() {
        Resource bol = REF.createResource(IRIS.entity("country", "BOL"));
        assertTrue(REF.contains(bol, SKOS.altLabel, REF.createLiteral("Bolivia", "en")));
    }

    @Test
    void putsEveryPlaceInACountryOfTheTable() {
        List<String> bad = new ArrayList<>();
        for (Resource place : REF.listSubjectsWithProperty(RDF.type, EVAW.Place).toList()) {
            Resource country = place.getPropertyResourceValue(EVAW.inCountry);
            if (country == null || !REF.contains(country, RDF.type, EVAW.Country))
                bad.add(place.getURI() + " in " + country);
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void givesCountryVariantsOnlyToCountriesOfTheTable() {
        List<String> bad = new ArrayList<>();
        String countryPrefix = IRIS.base() + "id/country/";
        for (Resource r : REF.listSubjectsWithProperty(SKOS.altLabel).toList()) {
            if (r.isURIResource() && r.getURI().startsWith(countryPrefix) && !REF.contains(r, RDF.type, EVAW.Country))
                bad.add(r.getURI());
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void resolvesReferenceIrisAgainstTheBase() {
        IriMinter other = new IriMinter("https://example.org/kg/");
        Model rebased = ReferenceData.load(other);
        assertAll(
                () -> assertTrue(rebased.contains(rebased.createResource("https://example.org/kg/id/agency/unodc"), RDF.type, EVAW.Agency)),
                () -> assertTrue(rebased.contains(rebased.createResource("https://example.org/kg/id/country/vnm"), RDF.type, EVAW.Country)),
                () -> assertFalse(rebased.containsResource(rebased.createResource(IRIS.entity("agency", "unodc")))));
    }

    @Test
    void readsTurtleFilesFromAUserDirectory() throws URISyntaxException {
        Path dir = Path.of(ReferenceDataTest.class.getResource("extra").toURI());
        Model extended = ReferenceData.load(IRIS, List.of(dir));
        Resource centre = extended.createResource(IRIS.entity("place", "osh-training-centre"));
        assertAll(
                () -> assertTrue(extended.contains(centre, RDF.type, EVAW.Place)),
                () -> assertEquals(IRIS.entity("country", "kgz"), centre.getPropertyResourceValue(EVAW.inCountry).getURI()),
                () -> assertFalse(REF.containsResource(REF.createResource(centre.getURI()))),
                () -> assertEquals(REF.size() + 3, extended.size()));
    }
}
