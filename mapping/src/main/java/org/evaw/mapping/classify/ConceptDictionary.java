package org.evaw.mapping.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.evaw.mapping.recognise.Entity;
import org.evaw.mapping.recognise.Mention;
import org.evaw.mapping.recognise.Token;

/**
 * The labels of one concept scheme, matched token by token, longest first, as the schemes' headers
 * describe: a label matches a run of whole tokens; labels written with two or more capitals and no
 * space (FGM, FGM/C, SEA) match only as written, all others whatever their case.
 */
final class ConceptDictionary {
    private final Node root = new Node();

    /** Adds a label of {@code concept}; a label already there keeps its first concept. */
    void add(String label, Entity concept, double confidence) {
        List<Token> tokens = Token.tokenise(label, 0, label.length());
        if (tokens.isEmpty())
            return;
        Node node = root;
        for (Token t : tokens)
            node = node.children.computeIfAbsent(t.key(), k -> new Node());
        boolean exact = isAcronymLike(label);
        List<String> texts = tokens.stream().map(Token::text).toList();
        for (Entry e : node.entries) {
            if (e.exact == exact && (!exact || e.tokens.equals(texts)))
                return;
        }
        // Labels that match whatever their case come last: "SEA" as written is tried before "sea".
        Entry entry = new Entry(concept, exact, texts, confidence);
        if (exact)
            node.entries.add(0, entry);
        else
            node.entries.add(entry);
    }

    static boolean isAcronymLike(String label) {
        return label.codePoints().filter(Character::isUpperCase).count() >= 2
                && label.codePoints().noneMatch(Character::isWhitespace);
    }

    /**
     * The longest label at each position of {@code tokens}, left to right, none holding a token
     * that {@code uncounted} marks; matches do not overlap. {@code keys} are the tokens' keys.
     */
    List<Mention> find(List<Token> tokens, String[] keys, boolean[] uncounted) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Entry best = null;
            int bestEnd = -1;
            Node node = root;
            for (int j = i; j < tokens.size() && !uncounted[j]; j++) {
                node = node.children.get(keys[j]);
                if (node == null)
                    break;
                for (Entry e : node.entries) {
                    if (e.accepts(tokens, i)) {
                        best = e;
                        bestEnd = j;
                        break;
                    }
                }
            }
            if (best != null) {
                found.add(new Mention(best.concept, tokens.get(i).start(), tokens.get(bestEnd).end(), best.confidence));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        final List<Entry> entries = new ArrayList<>(1);
    }

    private record Entry(Entity concept, boolean exact, List<String> tokens, double confidence) {
        boolean accepts(List<Token> text, int at) {
            if (!exact)
                return true;
            for (int k = 0; k < tokens.size(); k++) {
                if (!tokens.get(k).equals(text.get(at + k).text()))
                    return false;
            }
            return true;
        }
    }
}
