package org.evaw.mapping.learn;

import java.util.ArrayList;
import java.util.List;

import org.evaw.mapping.analysis.Sentences;
import org.evaw.mapping.recognise.Token;

/**
 * The tokens the name finder reads, sentence by sentence: the analyser's sentences, each cut to its
 * first {@link #MAX_TOKENS} tokens so that a text with no sentence end (100 MB on one line) costs
 * no more than a sentence of that length. Training reads text the same way, so that the model sees
 * what it will be asked about.
 */
final class SentenceTokens {
    /** Longer than any sentence of the development set that names an organisation; the rest is not read. */
    static final int MAX_TOKENS = 120;

    private SentenceTokens() {}

    /** The capped tokens of each sentence of {@code text[from, to)}, with offsets into {@code text}. */
    static List<List<Token>> of(String text, int from, int to) {
        List<List<Token>> sentences = new ArrayList<>();
        for (int[] s : Sentences.split(text, from, to)) {
            List<Token> tokens = Token.tokenise(text, s[0], s[1], MAX_TOKENS);
            if (!tokens.isEmpty())
                sentences.add(tokens);
        }
        return sentences;
    }

    /** The tokens' words, as the model reads them. */
    static String[] words(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++)
            words[i] = tokens.get(i).text();
        return words;
    }
}
