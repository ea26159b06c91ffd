package org.evaw.mapping.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.evaw.mapping.recognise.Entity;
import org.evaw.mapping.recognise.Mention;
import org.evaw.mapping.recognise.Token;

/**
 * The commonest paraphrase of the top concept, violence against women and girls, which no label
 * can list: "violence" and "women" or "girls" in the same clause, a few words apart ("women who had
 * suffered violence", "the violence that women journalists face", "Safe Cities free from violence
 * for women and girls"). The word "violence" counts only where no label of a form of violence
 * holds it ("domestic violence" names its own form) and it lies in no name.
 */
final class TopConceptParaphrase {
    private static final Set<String> VIOLENCE = Set.of("violence", "violences", "violencia", "violencias");
    private static final Set<String> WOMEN = Set.of("women", "woman", "girls", "girl", "femmes", "femme", "filles",
            "mujeres", "mujer", "niñas");
    /** Tokens that end a clause: the two words must not lie on either side of one. */
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", "!", "?", "(", ")");
    /** At most this many tokens between the two words. */
    static final int WINDOW = 8;
    static final double CONFIDENCE = 0.6;

    private TopConceptParaphrase() {}

    /**
     * Mentions of {@code topConcept} for each "violence" of {@code tokens} (whose keys are
     * {@code keys}) that {@code labelled} (the matches of the forms of violence, sorted) and
     * {@code uncounted} leave free, with "women" or "girls" free nearby.
     */
    static List<Mention> find(List<Token> tokens, String[] keys, boolean[] uncounted, List<Mention> labelled, Entity topConcept) {
        List<Mention> found = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (uncounted[i] || !VIOLENCE.contains(keys[i]))
                continue;
            while (next < labelled.size() && labelled.get(next).end() <= t.start())
                next++;
            if (next < labelled.size() && labelled.get(next).start() < t.end())
                continue;
            int other = nearest(keys, uncounted, i);
            if (other >= 0) {
                Token a = tokens.get(Math.min(i, other));
                Token b = tokens.get(Math.max(i, other));
                found.add(new Mention(topConcept, a.start(), b.end(), CONFIDENCE));
            }
        }
        return found;
    }

    /** The nearest "women" or "girls" within the window of token {@code at} and in its clause, or -1. */
    private static int nearest(String[] keys, boolean[] uncounted, int at) {
        boolean backward = true, forward = true;
        for (int d = 1; d <= WINDOW + 1 && (backward || forward); d++) {
            if (forward && at + d < keys.length) {
                String k = keys[at + d];
                if (CLAUSE_ENDS.contains(k))
                    forward = false;
                else if (WOMEN.contains(k) && !uncounted[at + d])
                    return at + d;
            } else {
                forward = false;
            }
            if (backward && at - d >= 0) {
                String k = keys[at - d];
                if (CLAUSE_ENDS.contains(k))
                    backward = false;
                else if (WOMEN.contains(k) && !uncounted[at - d])
                    return at - d;
            } else {
                backward = false;
            }
        }
        return -1;
    }
}
