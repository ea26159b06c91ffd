/**
 * What an activity is about and what kind of work it is, read from its words: a
 * {@link org.evaw.mapping.classify.Classifier} gives mentions of the concepts of the two SKOS
 * schemes (forms of violence, kinds of intervention), so that each classification is traced to
 * the words that state it. {@link org.evaw.mapping.classify.LabelClassifier} matches the schemes'
 * labels, longest first, after masking the names of organisations, bodies and cited instruments;
 * what counts as a classification is set out in {@code eval/README.md}, "Subjects and
 * interventions".
 */
package org.evaw.mapping.classify;
