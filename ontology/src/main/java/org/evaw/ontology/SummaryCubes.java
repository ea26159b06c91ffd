package org.evaw.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The RDF Data Cube terms of the summary graph: the W3C vocabulary ({@code qb:}), the two SDMX
 * dimensions it reuses, and the data sets {@code evaw.ttl} declares (with their structures) under
 * {@code https://w3id.org/evaw-kg/cube/}. The loader writes observations of these data sets; the
 * saved queries read them.
 */
public final class SummaryCubes {
    private SummaryCubes() {}

    /** The namespace of the data sets and their structures, fixed like the ontology's. */
    public static final String NS = "https://w3id.org/evaw-kg/cube/";
    /** The W3C RDF Data Cube vocabulary. */
    public static final String QB = "http://purl.org/linked-data/cube#";
    /** The SDMX-RDF dimensions. */
    public static final String SDMX_DIMENSION = "http://purl.org/linked-data/sdmx/2009/dimension#";

    public static final Resource Observation = ResourceFactory.createResource(QB + "Observation");
    public static final Property dataSet = ResourceFactory.createProperty(QB + "dataSet");
    /** The country of an observation. */
    public static final Property refArea = ResourceFactory.createProperty(SDMX_DIMENSION + "refArea");
    /** The reporting period of an observation. */
    public static final Property refPeriod = ResourceFactory.createProperty(SDMX_DIMENSION + "refPeriod");

    /** Activities per agency and country. */
    public static final Resource agencyCountry = dataSet("agency-country");
    /** Activities per reporting period and lead agency. */
    public static final Resource periodAgency = dataSet("period-agency");
    /** Countries shared by pairs of agencies. */
    public static final Resource agencyPairCountry = dataSet("agency-pair-country");
    /** Programmes shared by pairs of agencies. */
    public static final Resource agencyPairProgramme = dataSet("agency-pair-programme");
    /** Publications per year of issue. */
    public static final Resource publicationYear = dataSet("publication-year");
    /** Activities shared by an organisation and each other organisation leading or joining them, both orders of each pair. */
    public static final Resource agencyPartner = dataSet("agency-partner");
    /** Activities per organisation leading or joining them and resolution they cite. */
    public static final Resource agencyResolution = dataSet("agency-resolution");
    public static final Resource agencyIntervention = dataSet("agency-intervention");
    /** Activities per programme and country, whoever leads them. */
    public static final Resource programmeCountry = dataSet("programme-country");
    /** Activities per form of violence (as stated) and country. */
    public static final Resource formCountry = dataSet("form-country");
    /** Activities per programme and lead agency. */
    public static final Resource programmeAgency = dataSet("programme-agency");
    /** Activities per programme, lead agency and country. */
    public static final Resource programmeAgencyCountry = dataSet("programme-agency-country");
    /** Activities per value of a property the activities page narrows them by. */
    public static final Resource activityValue = dataSet("activity-value");
    /** The rows of the saved query activity-timeline, ranked in its order. */
    public static final Resource activityTimeline = dataSet("activity-timeline");
    /** The rows of the saved query publications-since-year for every year, ranked in its order. */
    public static final Resource publicationsNewestFirst = dataSet("publications-newest-first");
    /** The rows of the saved query programmes-and-agencies, ranked in its order. */
    public static final Resource programmesAndAgencies = dataSet("programmes-and-agencies");
    public static final Resource programmesWithSeveralAgencies = dataSet("programmes-with-several-agencies");
    /** The rows of the saved query agency-pairs-sharing-country, ranked in its order. */
    public static final Resource agencyPairsSharingCountry = dataSet("agency-pairs-sharing-country");
    /** The rows of the saved query agency-pairs-sharing-programme, ranked in its order. */
    public static final Resource agencyPairsSharingProgramme = dataSet("agency-pairs-sharing-programme");
    /** The rows of the saved query agencies-per-sdg-target, ranked in its order. */
    public static final Resource agenciesPerSdgTarget = dataSet("agencies-per-sdg-target");
    /** The rows of the saved query interventions-per-agency, ranked in its order. */
    public static final Resource interventionsPerAgency = dataSet("interventions-per-agency");
    /** The rows of the saved query people-trained-by-country, ranked in its order. */
    public static final Resource peopleTrainedByCountry = dataSet("people-trained-by-country");
    /** The rows of the saved query countries-in-region for every region, ranked in its order within each region. */
    public static final Resource countriesInRegion = dataSet("countries-in-region");
    /** The rows of the saved query activities-by-form-of-violence-and-region, ranked in its order within each form and region. */
    public static final Resource activitiesByFormAndRegion = dataSet("activities-by-form-of-violence-and-region");

    private static Resource dataSet(String name) {
        return ResourceFactory.createResource(NS + name);
    }
}
