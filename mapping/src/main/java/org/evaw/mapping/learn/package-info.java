/**
 * A name finder learnt from the annotated development set, beside the hand-written patterns of
 * {@code recognise}: the gold partners and programmes of each document are projected onto the
 * tokens of its sentences ({@link org.evaw.mapping.learn.NameSamples}), an Apache OpenNLP maximum
 * entropy model is trained on them ({@link org.evaw.mapping.learn.NameModelTrainer}), and
 * {@link org.evaw.mapping.learn.LearntNameRecogniser} runs it sentence by sentence. The model
 * shipped with the mapper is described by a sidecar ({@link org.evaw.mapping.learn.NameModel}), and
 * {@link org.evaw.mapping.learn.CrossValidation} measures, document by held-out document, whether
 * the learnt names help the rules on text the model was not trained on.
 */
package org.evaw.mapping.learn;
