package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary of names matched token by token, longest first. Names written with no lower-case
 * letters and no spaces (acronyms such as {@code UNODC}, {@code GLO.ACT}) match only as written;
 * other names match whatever their case, but only where the text capitalises their first word, as
 * it does for proper nouns.
 */
public final class Gazetteer implements Recogniser {
    private final Node root = new Node();
    private final Map<String, List<Entity>> homonyms = new HashMap<>();
    private int size;

    /** Adds a name for an entity; an existing name keeps its first entity. */
    public void add(String name, Entity entity) {
        List<Token> tokens = Token.tokenise(name, 0, name.length());
        if (tokens.isEmpty())
            return;
        Node node = root;
        for (Token t : tokens)
            node = node.children.computeIfAbsent(t.key(), k -> new Node());
        boolean exact = isAcronymLike(name);
        List<String> texts = tokens.stream().map(Token::text).toList();
        for (Entry e : node.entries) {
            // Exact names differ by case ("UN-Women", "UN-WOMEN"): each is its own entry.
            if (e.exact == exact && (!exact || e.tokens.equals(texts))) {
                // An acronym two organisations bear ("PSI"): the first keeps it, the others are its homonyms.
                if (exact && !e.entity.iri().equals(entity.iri()))
                    homonyms.computeIfAbsent(e.entity.iri() + " " + name, k -> new ArrayList<>()).add(entity);
                return;
            }
        }
        node.entries.add(new Entry(entity, exact, texts));
        size++;
    }

    public int size() { return size; }

    /** The other entities that bear the acronym {@code name} matched to {@code first}; none for most. */
    public List<Entity> homonyms(Entity first, String name) {
        return homonyms.getOrDefault(first.iri() + " " + name, List.of());
    }

    static boolean isAcronymLike(String name) {
        return name.codePoints().filter(Character::isUpperCase).count() >= 2
                && name.codePoints().noneMatch(Character::isWhitespace);
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Token> tokens = Token.tokenise(text, from, to);
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Node node = root;
            Entity best = null;
            int bestEnd = -1;
            for (int j = i; j < tokens.size(); j++) {
                node = node.children.get(tokens.get(j).key());
                if (node == null)
                    break;
                for (Entry e : node.entries) {
                    if (e.accepts(tokens, i)) {
                        best = e.entity;
                        bestEnd = j;
                        break;
                    }
                }
            }
            if (best != null) {
                found.add(new Mention(best, tokens.get(i).start(), tokens.get(bestEnd).end(), 1.0));
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

    private record Entry(Entity entity, boolean exact, List<String> tokens) {
        boolean accepts(List<Token> text, int at) {
            if (!exact)
                return text.get(at).startsUpperOrNonLetter();
            for (int k = 0; k < tokens.size(); k++) {
                if (!tokens.get(k).equals(text.get(at + k).text()))
                    return false;
            }
            return true;
        }
    }
}
