package org.evaw.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the evaw-kg ontology ({@code ontology/evaw.ttl}), in the style of Jena's own
 * vocabulary classes. Every term here is declared, labelled and commented in the Turtle file;
 * {@code OntologyTermsTest} keeps the two in step.
 */
public final class EVAW {
    private EVAW() {}

    /** The namespace of the ontology. It is fixed, independent of the data's base IRI. */
    public static final String NS = "https://w3id.org/evaw-kg/ontology#";
    /** The ontology's own IRI. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/evaw-kg/ontology";

    public static String getURI() { return NS; }

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS + local); }

    // Classes
    public static final Resource Agency = resource("Agency");
    public static final Resource IntergovernmentalBody = resource("IntergovernmentalBody");
    public static final Resource TreatyBody = resource("TreatyBody");
    public static final Resource SpecialProcedure = resource("SpecialProcedure");
    public static final Resource PartnerOrganisation = resource("PartnerOrganisation");
    public static final Resource PolicyInstrument = resource("PolicyInstrument");
    public static final Resource Resolution = resource("Resolution");
    public static final Resource LegalInstrument = resource("LegalInstrument");
    public static final Resource Programme = resource("Programme");
    public static final Resource Country = resource("Country");
    public static final Resource Region = resource("Region");
    public static final Resource Place = resource("Place");
    public static final Resource Activity = resource("Activity");
    public static final Resource PolicyFramework = resource("PolicyFramework");
    public static final Resource ReportingPeriod = resource("ReportingPeriod");
    public static final Resource Publication = resource("Publication");
    public static final Resource UNDocument = resource("UNDocument");
    public static final Resource TrainingCount = resource("TrainingCount");
    public static final Resource SourceDocument = resource("SourceDocument");
    public static final Resource Passage = resource("Passage");
    public static final Resource Mention = resource("Mention");
    public static final Resource LanguagePartition = resource("LanguagePartition");
    public static final Resource RankChanges = resource("RankChanges");

    // Datatypes
    /** The datatype of a skos:notation that is a UN M49 code, such as "404". */
    public static final Resource M49Code = resource("M49Code");

    // Properties
    public static final Property acronym = property("acronym");
    public static final Property symbol = property("symbol");
    public static final Property adoptedBy = property("adoptedBy");
    public static final Property iso3 = property("iso3");
    public static final Property iso2 = property("iso2");
    public static final Property m49 = property("m49");
    public static final Property region = property("region");
    public static final Property subregion = property("subregion");
    public static final Property intermediateRegion = property("intermediateRegion");
    public static final Property inCountry = property("inCountry");
    public static final Property leadAgency = property("leadAgency");
    public static final Property partner = property("partner");
    public static final Property country = property("country");
    public static final Property place = property("place");
    public static final Property programme = property("programme");
    public static final Property cites = property("cites");
    public static final Property peopleTrained = property("peopleTrained");
    public static final Property countedIn = property("countedIn");
    public static final Property role = property("role");
    public static final Property reportingPeriod = property("reportingPeriod");
    public static final Property mandatedBy = property("mandatedBy");
    public static final Property ofAgency = property("ofAgency");
    public static final Property itemId = property("itemId");
    public static final Property unAgencyId = property("unAgencyId");
    public static final Property section = property("section");
    public static final Property inPassage = property("inPassage");
    public static final Property confidence = property("confidence");
    public static final Property worksIn = property("worksIn");
    public static final Property worksOn = property("worksOn");
    public static final Property activityAgency = property("activityAgency");
    public static final Property activityCountry = property("activityCountry");
    public static final Property formOfViolence = property("formOfViolence");
    public static final Property interventionType = property("interventionType");
    public static final Property activityCount = property("activityCount");
    public static final Property languagePartition = property("languagePartition");
    public static final Property labelCount = property("labelCount");
    public static final Property regionActivityCount = property("regionActivityCount");
    public static final Property nameKey = property("nameKey");
    // Components of the summary's data cubes
    public static final Property refAgency = property("refAgency");
    public static final Property refOtherAgency = property("refOtherAgency");
    public static final Property refPartner = property("refPartner");
    public static final Property refResolution = property("refResolution");
    public static final Property refProgramme = property("refProgramme");
    public static final Property refYear = property("refYear");
    public static final Property refProperty = property("refProperty");
    public static final Property refValue = property("refValue");
    public static final Property valueActivityCount = property("valueActivityCount");
    public static final Property leadActivityCount = property("leadActivityCount");
    public static final Property partnerActivityCount = property("partnerActivityCount");
    public static final Property agencyActivityCount = property("agencyActivityCount");
    public static final Property sharedCountryCount = property("sharedCountryCount");
    public static final Property sharedCountryNames = property("sharedCountryNames");
    public static final Property sharedProgrammeCount = property("sharedProgrammeCount");
    public static final Property agencyCount = property("agencyCount");
    public static final Property agencyAcronyms = property("agencyAcronyms");
    public static final Property sharedProgrammeNames = property("sharedProgrammeNames");
    public static final Property publicationCount = property("publicationCount");
    public static final Property sharedActivityCount = property("sharedActivityCount");
    public static final Property citingActivityCount = property("citingActivityCount");
    public static final Property interventionActivityCount = property("interventionActivityCount");
    public static final Property programmeActivityCount = property("programmeActivityCount");
    public static final Property formActivityCount = property("formActivityCount");
    // Components of the orders the summary keeps
    public static final Property rank = property("rank");
    public static final Property rankChangesOf = property("rankChangesOf");
    public static final Property madeRanks = property("madeRanks");
    public static final Property removedRank = property("removedRank");
    public static final Property insertedRank = property("insertedRank");
    public static final Property periodLabel = property("periodLabel");
    public static final Property periodStart = property("periodStart");
    public static final Property periodEnd = property("periodEnd");
    public static final Property agencyAcronym = property("agencyAcronym");
    public static final Property otherAgencyAcronym = property("otherAgencyAcronym");
    public static final Property publicationTitle = property("publicationTitle");
    public static final Property publicationIssued = property("publicationIssued");
    public static final Property documentIdentifier = property("documentIdentifier");
    public static final Property programmeName = property("programmeName");
    public static final Property countryCodes = property("countryCodes");
    public static final Property refSdgTarget = property("refSdgTarget");
    public static final Property sdgTargetNumber = property("sdgTargetNumber");
    public static final Property formNames = property("formNames");
    public static final Property refConcept = property("refConcept");
    public static final Property conceptName = property("conceptName");
    public static final Property refRegion = property("refRegion");
    public static final Property countryName = property("countryName");
    public static final Property m49Code = property("m49Code");
    public static final Property subregionName = property("subregionName");
    public static final Property traineeRole = property("traineeRole");
    public static final Property peopleTrainedCount = property("peopleTrainedCount");
    public static final Property trainingActivityCount = property("trainingActivityCount");
    public static final Property refActivity = property("refActivity");
    public static final Property activityLabel = property("activityLabel");
    public static final Property passageStart = property("passageStart");
}
