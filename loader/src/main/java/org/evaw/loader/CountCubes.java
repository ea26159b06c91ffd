package org.evaw.loader;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.SummaryCubes;

/**
 * The summary's data sets of counts, each with its dimensions and measures written down once, for
 * the full load's tally ({@link SummaryTally}) and the delta ({@link CubeDelta}) alike; and the IRI
 * both give an observation, as summary.rq mints it. (summary.rq and summary-cubes-of-graph.rq state
 * the same in SPARQL, for the stores the tally does not read.)
 */
final class CountCubes {
    /** A data set of counts: its dimensions, in order, and its measures, the last one saying whether the observation exists. */
    record CountCube(Node dataSet, List<Node> dimensions, List<Node> measures) {
        Node presence() {
            return measures.get(measures.size() - 1);
        }
    }

    private static final Node REF_AGENCY = EVAW.refAgency.asNode();
    private static final Node REF_PROGRAMME = EVAW.refProgramme.asNode();
    private static final Node REF_AREA = SummaryCubes.refArea.asNode();

    static final CountCube AGENCY_COUNTRY = cube(SummaryCubes.agencyCountry.asNode(), List.of(REF_AGENCY, REF_AREA),
            List.of(EVAW.leadActivityCount.asNode(), EVAW.partnerActivityCount.asNode(), EVAW.agencyActivityCount.asNode()));
    static final CountCube PERIOD_AGENCY = cube(SummaryCubes.periodAgency.asNode(), List.of(SummaryCubes.refPeriod.asNode(), REF_AGENCY),
            List.of(EVAW.leadActivityCount.asNode()));
    static final CountCube PROGRAMME_AGENCY = cube(SummaryCubes.programmeAgency.asNode(), List.of(REF_PROGRAMME, REF_AGENCY),
            List.of(EVAW.leadActivityCount.asNode()));
    static final CountCube PROGRAMME_AGENCY_COUNTRY = cube(SummaryCubes.programmeAgencyCountry.asNode(),
            List.of(REF_PROGRAMME, REF_AGENCY, REF_AREA), List.of(EVAW.leadActivityCount.asNode()));
    static final CountCube PROGRAMME_COUNTRY = cube(SummaryCubes.programmeCountry.asNode(), List.of(REF_PROGRAMME, REF_AREA),
            List.of(EVAW.programmeActivityCount.asNode()));
    static final CountCube FORM_COUNTRY = cube(SummaryCubes.formCountry.asNode(), List.of(EVAW.refConcept.asNode(), REF_AREA),
            List.of(EVAW.formActivityCount.asNode()));
    static final CountCube AGENCY_PARTNER = cube(SummaryCubes.agencyPartner.asNode(), List.of(REF_AGENCY, EVAW.refPartner.asNode()),
            List.of(EVAW.sharedActivityCount.asNode()));
    static final CountCube AGENCY_RESOLUTION = cube(SummaryCubes.agencyResolution.asNode(), List.of(REF_AGENCY, EVAW.refResolution.asNode()),
            List.of(EVAW.citingActivityCount.asNode()));
    static final CountCube AGENCY_INTERVENTION = cube(SummaryCubes.agencyIntervention.asNode(), List.of(REF_AGENCY, EVAW.refConcept.asNode()),
            List.of(EVAW.interventionActivityCount.asNode()));
    static final CountCube ACTIVITY_VALUE = cube(SummaryCubes.activityValue.asNode(), List.of(EVAW.refProperty.asNode(), EVAW.refValue.asNode()),
            List.of(EVAW.valueActivityCount.asNode()));
    /** Publications by year: counted from publications, not activities, and followed by the delta on its own. */
    static final CountCube PUBLICATION_YEAR = cube(SummaryCubes.publicationYear.asNode(), List.of(EVAW.refYear.asNode()),
            List.of(EVAW.publicationCount.asNode()));

    /** The data sets of counts of activities, by data set: those the delta follows from the activities a change touches. */
    static final Map<Node, CountCube> OF_ACTIVITIES = Stream.of(AGENCY_COUNTRY, PERIOD_AGENCY, PROGRAMME_AGENCY, PROGRAMME_AGENCY_COUNTRY,
            PROGRAMME_COUNTRY, FORM_COUNTRY, AGENCY_PARTNER, AGENCY_RESOLUTION, AGENCY_INTERVENTION, ACTIVITY_VALUE)
            .collect(Collectors.toUnmodifiableMap(CountCube::dataSet, Function.identity()));

    private CountCubes() {}

    private static CountCube cube(Node dataSet, List<Node> dimensions, List<Node> measures) {
        return new CountCube(dataSet, dimensions, measures);
    }

    /**
     * An observation's IRI, as summary.rq mints it: the data set's IRI, "/" and the SHA-1 (hex) of
     * the dimensions' values, each as SPARQL's STR gives it, joined by a space.
     */
    static Node observation(Node dataSet, Node... dimensions) {
        String joined = Arrays.stream(dimensions).map(NodeFunctions::str).collect(Collectors.joining(" "));
        return NodeFactory.createURI(dataSet.getURI() + "/" + DigestUtils.sha1Hex(joined));
    }
}
