/**
 * The evaw-kg ontology and its data files on the classpath.
 *
 * The OWL ontology ({@code evaw.ttl}), the SKOS concept schemes that classify activities, and the
 * SHACL shapes that check the graph and the schemes, read by {@link org.evaw.ontology.OntologyFiles};
 * and the constants that name their terms in the style of Jena's vocabulary classes
 * ({@link org.evaw.ontology.EVAW}, {@link org.evaw.ontology.ConceptSchemes}, and the terms of PROV
 * and OWL-Time that Jena does not name). Every later stage depends on this package, so the
 * ontology's IRIs are written once.
 */
package org.evaw.ontology;
