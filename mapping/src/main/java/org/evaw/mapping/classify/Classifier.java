package org.evaw.mapping.classify;

import java.util.List;

import org.evaw.mapping.recognise.Mention;

/**
 * Says what an activity is about and what kind of work it is, from its words: each concept of the
 * two SKOS schemes ({@code forms-of-violence.ttl}, {@code interventions.ttl}) that the words state,
 * as mentions of the concept (the words, their offsets, a confidence), so that a classification is
 * traced and disputed like any other fact.
 *
 * <pre>
 * Classifier classifier = LabelClassifier.of(OntologyFiles.conceptSchemes());
 * List&lt;Mention&gt; concepts = classifier.classify(text, passage.start(), passage.end(), passage.mentions());
 * </pre>
 */
public interface Classifier {
    /**
     * The mentions of concepts in {@code text[from, to)}, the words of one activity, sorted by
     * start; each mention's entity is a concept ({@code EntityType.FORM_OF_VIOLENCE} or
     * {@code EntityType.INTERVENTION}). {@code names} are the mentions recognised in that span:
     * the words inside the names of organisations, bodies and cited instruments never count.
     */
    List<Mention> classify(String text, int from, int to, List<Mention> names);

    /** A classifier that finds nothing. */
    Classifier NONE = (text, from, to, names) -> List.of();
}
