package org.evaw.ontology;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The SKOS concept schemes that classify activities: what an activity is about
 * ({@link EVAW#formOfViolence}) and what kind of work it is ({@link EVAW#interventionType}).
 * Concept IRIs are {@code {scheme}/{slug}}, fixed under {@code https://w3id.org/evaw-kg/} in every
 * deployment and never rebased onto the data's base IRI; the schemes themselves, with labels,
 * definitions and mappings, are read with {@link OntologyFiles#conceptSchemes()}.
 */
public final class ConceptSchemes {
    private ConceptSchemes() {}

    /** The scheme of forms of violence against women and girls. */
    public static final String FORMS_OF_VIOLENCE = "https://w3id.org/evaw-kg/concept/violence";
    /** The scheme of kinds of intervention. */
    public static final String INTERVENTIONS = "https://w3id.org/evaw-kg/concept/intervention";

    /** The namespace of the forms of violence: a concept's IRI is this followed by its slug. */
    public static final String FORMS_OF_VIOLENCE_NS = FORMS_OF_VIOLENCE + "/";
    /** The namespace of the kinds of intervention: a concept's IRI is this followed by its slug. */
    public static final String INTERVENTIONS_NS = INTERVENTIONS + "/";

    public static final Resource FormsOfViolence = ResourceFactory.createResource(FORMS_OF_VIOLENCE);
    public static final Resource Interventions = ResourceFactory.createResource(INTERVENTIONS);

    /** The top concept of the forms of violence, the domain of the whole graph (DAC purpose code 15180). */
    public static final Resource ViolenceAgainstWomenAndGirls =
            ResourceFactory.createResource(FORMS_OF_VIOLENCE_NS + "violence-against-women-and-girls");
}
