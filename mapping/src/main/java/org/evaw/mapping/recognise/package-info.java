/**
 * Finding the entities a span of text names: reference data matched name by name
 * ({@link org.evaw.mapping.recognise.Gazetteer}), and patterns for what no list can hold:
 * resolutions in their written forms, numbered instruments, organisations and programmes by the
 * shape of their names (English names that end in their head noun, French, Spanish and other names
 * that open with it), names defined by an acronym in brackets, quoted programme names, what the
 * text says was launched, and brands in a list of companies. The words these rules read (prepositions
 * that open sentences, titles of persons, governing organs, cues of company lists …) are word lists
 * under {@code words/}, read by {@link org.evaw.mapping.recognise.WordList}.
 * {@link org.evaw.mapping.recognise.Recognisers} runs them together and settles overlaps. Every
 * pattern's quantifiers are bounded, so the cost stays linear in the text. Names are matched in
 * any of the six UN languages: {@link org.evaw.mapping.recognise.Token} reads Chinese a character
 * at a time and folds Russian case endings and Arabic joined prepositions. A learnt recogniser
 * ({@code org.evaw.mapping.learn}), when one is given, fills only the gaps the rules leave.
 */
package org.evaw.mapping.recognise;
