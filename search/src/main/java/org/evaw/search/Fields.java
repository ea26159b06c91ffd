package org.evaw.search;

/** The names of the index's fields; {@code package-info} says what a document holds. */
final class Fields {
    /** {@code entity}, {@code passage} or {@code facets}. */
    static final String KIND = "kind";
    static final String ENTITY = "entity";
    static final String PASSAGE = "passage";
    /** An activity's facet values ({@link ActivityDocuments}). */
    static final String FACETS = "facets";
    /**
     * The IRI of the activity a facets document is for, indexed whole (to delete it) and as sorted doc
     * values (to list a selection's activities without reading stored fields); a name of its own,
     * since Lucene wants one field to be indexed alike in every document.
     */
    static final String FACET_ACTIVITY = "facetActivity";
    /** The trigrams of an activity's descriptions ({@link DescriptionGrams}), on its facets document, one term each. */
    static final String DESCRIPTION_GRAM = "descriptionGram";
    /**
     * The least of an activity's page identifiers (its {@code prov:wasDerivedFrom/nif:referenceContext/dcterms:identifier},
     * as SPARQL's {@code ORDER BY} compares them), on its facets document as {@link PageOrder} writes a key; absent when it has none.
     */
    static final String ORDER_DOCUMENT = "orderDocument";
    /** The activity's IRI as {@link PageOrder} writes a key: the second key of page order. */
    static final String ORDER_ACTIVITY = "orderActivity";
    /** Present ("true") on an activity one of whose page identifiers is not a plain string, which no key orders. */
    static final String ORDER_UNKNOWN = "orderUnknown";
    /** Each graph that states a triple of the activity's path to its page identifiers: replacing one re-indexes it. */
    static final String ORDER_GRAPH = "orderGraph";
    /** The named graph the document was read from: a load that replaces it deletes its documents. */
    static final String GRAPH = "graph";
    static final String IRI = "iri";
    static final String TYPE = "type";
    /** An entity's display label (English preferred label, or any). */
    static final String LABEL = "label";
    /** Every label, alternative name and acronym of an entity, tokenised. */
    static final String NAME = "name";
    /** Every label, alternative name and acronym of an entity, whole and normalised ({@link Analysis#key}). */
    static final String KEY = "key";
    /** Every label with its language, stored as {@code lang|text}, to answer with the one that matched. */
    static final String NAMES = "names";
    /** How many activities link to the entity (the summary graph's count) when it was indexed: the tie-break of equal matches. */
    static final String WEIGHT = "weight";
    static final String TEXT = "text";
    static final String DOCUMENT = "document";
    static final String DOCUMENT_TITLE = "documentTitle";
    static final String SECTION = "section";
    static final String START = "start";
    static final String ACTIVITY = "activity";
    static final String ACTIVITY_LABEL = "activityLabel";
    static final String MENTIONS = "mentions";
    static final String MENTION_LABEL = "mentionLabel";
    static final String MENTION_TYPE = "mentionType";

    private Fields() {}
}
