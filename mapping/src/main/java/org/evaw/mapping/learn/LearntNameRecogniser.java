package org.evaw.mapping.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.recognise.Entity;
import org.evaw.mapping.recognise.EntityType;
import org.evaw.mapping.recognise.GapRecogniser;
import org.evaw.mapping.recognise.Mention;
import org.evaw.mapping.recognise.Recognisers;
import org.evaw.mapping.recognise.Token;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Partners and programmes found by a learnt name finder, sentence by sentence (each cut to
 * {@link SentenceTokens#MAX_TOKENS} tokens, so the work stays linear in the text). Its mentions
 * carry at most {@link #MAX_CONFIDENCE}, below every rule's, scaled by the model's probability;
 * {@link org.evaw.mapping.recognise.Recognisers} keeps one only where no rule found a name. A name
 * found is one the graph describes itself (not in the reference data). Safe to share between
 * threads: each thread has its own finder, and what a finder adapts to in one span of text is
 * cleared before the next, so a page maps alike whatever was mapped before it.
 */
public final class LearntNameRecogniser implements GapRecogniser {
    /** Below the patterns' 0.6: a learnt name is the least sure of all. */
    public static final double MAX_CONFIDENCE = Recognisers.LEARNT_MAX_CONFIDENCE;
    /** Below this the model's guess is left out: a name it is unsure of is more often wrong than right. */
    static final double MIN_PROBABILITY = 0.5;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final ThreadLocal<NameFinderME> finders;
    private final IriMinter iris;

    public LearntNameRecogniser(TokenNameFinderModel model, IriMinter iris) {
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        return findInGaps(text, from, to, at -> false);
    }

    /**
     * The names of the sentences that could hold one where nothing is {@code named} yet: a kept name opens with a
     * capital and ends in a word that is not lowercase, two words or more, or is one acronym; a sentence with fewer
     * such words free is not read at all (the model costs about as much as all the rules together, and most
     * sentences' capitalised words are names the rules have read).
     */
    @Override
    public List<Mention> findInGaps(String text, int from, int to, java.util.function.IntPredicate named) {
        NameFinderME finder = finders.get();
        finder.clearAdaptiveData();
        List<Mention> found = new ArrayList<>();
        for (List<Token> sentence : SentenceTokens.of(text, from, to)) {
            if (!roomForAName(sentence, named))
                continue;
            for (Span span : finder.find(SentenceTokens.words(sentence))) {
                EntityType type = NameTypes.entityType(span.getType());
                Token first = sentence.get(span.getStart());
                // A name opens with a capital, a digit or a script without case; "the" is not part of it.
                if (type == null || Character.isLowerCase(first.text().codePointAt(0)))
                    continue;
                Token last = sentence.get(span.getEnd() - 1);
                // A name ends in a word of its own, not in "of", "de", "for" or an apostrophe: a span that does is a fragment.
                if (!Character.isLetterOrDigit(last.text().codePointAt(0)) && !last.text().equals(")")
                        || Character.isLowerCase(last.text().codePointAt(0)) || span.getProb() < MIN_PROBABILITY)
                    continue;
                // One capitalised word ("Network", "Customs", "Observatory") is a head noun, not a name; an acronym may be one.
                if (span.length() == 1 && !acronym(first.text()))
                    continue;
                int start = first.start(), end = last.end();
                String label = SPACES.matcher(text.substring(start, end)).replaceAll(" ");
                if (label.startsWith("The ") && span.length() > 1) {
                    start = sentence.get(span.getStart() + 1).start();
                    label = label.substring(4);
                }
                double confidence = Math.round(MAX_CONFIDENCE * span.getProb() * 1000) / 1000.0;
                found.add(new Mention(Entity.foundByPattern(type, label, iris), start, end, confidence));
            }
        }
        finder.clearAdaptiveData();
        return found;
    }

    /** Whether two words free of names could open and end a name, or one free acronym be one. */
    private static boolean roomForAName(List<Token> sentence, java.util.function.IntPredicate named) {
        int free = 0;
        for (Token t : sentence) {
            int c = t.text().codePointAt(0);
            if (Character.isLowerCase(c) || !Character.isLetterOrDigit(c) || named.test(t.start()))
                continue;
            if (++free >= 2 || acronym(t.text()))
                return true;
        }
        return false;
    }

    /** Two capitals or more, "HC3N", "KAIDIYA", "ECPAT": a word that is a name by itself. */
    static boolean acronym(String word) {
        return word.codePoints().filter(Character::isUpperCase).count() >= 2;
    }
}
