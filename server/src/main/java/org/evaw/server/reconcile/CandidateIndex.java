package org.evaw.server.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Every name of every entity the service matches, arranged to find candidates fast: by exact
 * normalised name, by acronym or code, by initials, and by character trigrams, so that only the
 * {@value #SHORTLIST} names sharing most trigrams with a query are compared by edit distance
 * (a query then costs fifty comparisons, not one with each of the thousands of names). Immutable: a changed store gets a new index.
 */
public final class CandidateIndex {
    /** How many names, by trigrams shared, are compared in full with a query. */
    static final int SHORTLIST = 50;
    /** Candidates scoring less are not proposed: at that point the names have little in common. */
    static final double MIN_SCORE = 40;

    private final List<Entity> entities;
    private final Map<String, Entity> byIri = new HashMap<>();
    /** The names, flattened: name {@code i} is {@code names.get(i)}, of {@code owners.get(i)}, normalised as {@code normalised.get(i)}. */
    private final List<Name> names = new ArrayList<>();
    private final List<Entity> owners = new ArrayList<>();
    private final List<String> normalised = new ArrayList<>();
    private final List<Integer> trigramCounts = new ArrayList<>();
    private final Map<String, List<Integer>> exact = new HashMap<>();
    private final Map<String, List<Integer>> codes = new HashMap<>();
    private final Map<String, List<Integer>> initials = new HashMap<>();
    private final Map<String, List<Integer>> trigrams = new HashMap<>();

    public CandidateIndex(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        for (Entity e : entities) {
            byIri.put(e.iri(), e);
            for (Name n : e.names()) {
                String norm = NameScorer.normalise(n.text());
                if (norm.isEmpty())
                    continue;
                int i = names.size();
                names.add(n);
                owners.add(e);
                normalised.add(norm);
                if (n.property().isCode()) {
                    codes.computeIfAbsent(NameScorer.compact(norm), k -> new ArrayList<>()).add(i);
                } else {
                    exact.computeIfAbsent(norm, k -> new ArrayList<>()).add(i);
                    String in = NameScorer.initials(norm);
                    if (!in.isEmpty())
                        initials.computeIfAbsent(in, k -> new ArrayList<>()).add(i);
                }
                List<String> grams = NameScorer.trigrams(norm).stream().distinct().toList();
                trigramCounts.add(grams.size());
                for (String g : grams)
                    trigrams.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
            }
        }
    }

    public List<Entity> entities() {
        return entities;
    }

    public Optional<Entity> get(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** The candidates for a query, best first, at most {@code query.limit()}; the first is a match only if it alone equals the query. */
    public List<Candidate> search(Query query) {
        Map<Entity, Candidate> best = new LinkedHashMap<>();
        if (query.text() != null) {
            String q = NameScorer.normalise(query.text());
            Entity named = byIri.get(query.text().strip());
            if (named != null && allowed(named, query.types()))
                best.put(named, new Candidate(named, 100, new Name(named.iri(), "", NameProperty.PREFERRED_LABEL), 1, false, true, false));
            for (int i : exact.getOrDefault(q, List.of()))
                offer(best, query, i, 1.0, false, true);
            for (int i : codes.getOrDefault(NameScorer.compact(q), List.of()))
                offer(best, query, i, 1.0, true, true);
            if (!q.contains(" ") && q.length() >= 3)
                for (int i : initials.getOrDefault(q, List.of()))
                    offer(best, query, i, NameScorer.INITIALS, true, false);
            for (int i : shortlist(q, query.types())) {
                boolean code = names.get(i).property().isCode();
                double sim = code ? NameScorer.codeSimilarity(q, normalised.get(i)) : NameScorer.similarity(q, normalised.get(i));
                offer(best, query, i, sim, code, sim == 1.0);
            }
        } else {
            for (Entity e : entities)
                if (allowed(e, query.types()))
                    best.put(e, new Candidate(e, 100, e.names().isEmpty() ? new Name(e.name(), "", NameProperty.PREFERRED_LABEL)
                            : e.names().get(0), 1, false, true, false));
        }
        List<Candidate> ranked = best.values().stream()
                .filter(c -> c.score() >= MIN_SCORE)
                .filter(c -> carries(c.entity(), query.properties()))
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(c -> c.entity().name()))
                .toList();
        long exactOnes = ranked.stream().filter(Candidate::exact).count();
        List<Candidate> answer = new ArrayList<>(ranked.subList(0, Math.min(query.limit(), ranked.size())));
        if (exactOnes == 1 && !answer.isEmpty() && answer.get(0).exact())
            answer.set(0, answer.get(0).asMatch());
        return answer;
    }

    /**
     * The entities with a name that starts with {@code prefix} (or with a word that does), for
     * auto-completion: a name equal to the prefix first, then names starting with it, then names with
     * a word starting with it, the shorter name first within each (it is nearer complete);
     * {@code cursor} of them skipped, at most {@code limit} returned.
     */
    public List<Entity> suggest(String prefix, Set<EntityType> types, int cursor, int limit) {
        String p = NameScorer.normalise(prefix);
        Map<Entity, Integer> rank = new HashMap<>();
        Entity named = byIri.get(prefix.strip());
        if (named != null)
            rank.put(named, 0);
        if (!p.isEmpty()) {
            for (int i = 0; i < names.size(); i++) {
                Entity e = owners.get(i);
                if (!allowed(e, types))
                    continue;
                String n = normalised.get(i);
                int r = n.equals(p) ? 0 : n.startsWith(p) ? 1 : (" " + n).contains(" " + p) ? 2 : -1;
                if (r >= 0)
                    rank.merge(e, r * 1000 + Math.min(n.length(), 999), Math::min);
            }
        }
        return rank.entrySet().stream()
                .sorted(Map.Entry.<Entity, Integer>comparingByValue().thenComparing(en -> en.getKey().name()))
                .skip(cursor)
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private void offer(Map<Entity, Candidate> best, Query query, int i, double similarity, boolean acronym, boolean isExact) {
        Entity e = owners.get(i);
        if (!allowed(e, query.types()))
            return;
        double score = Math.round(similarity * 1000) / 10.0;
        Candidate c = new Candidate(e, score, names.get(i), similarity, acronym, isExact, false);
        best.merge(e, c, (old, neu) -> neu.score() > old.score() ? neu : old);
    }

    /** The names, of entities of the types asked for, that share most trigrams with {@code q} (by Dice coefficient). */
    private List<Integer> shortlist(String q, Set<EntityType> types) {
        List<String> grams = NameScorer.trigrams(q).stream().distinct().toList();
        // Counted in an array, one cell a name: a query touches thousands of postings, and boxed map entries cost more than the comparisons.
        int[] shared = new int[names.size()];
        int[] touched = new int[names.size()];
        int nTouched = 0;
        for (String g : grams) {
            for (int i : trigrams.getOrDefault(g, List.of())) {
                if (shared[i]++ == 0)
                    touched[nTouched++] = i;
            }
        }
        PriorityQueue<double[]> top = new PriorityQueue<>(Comparator.comparingDouble(a -> a[1]));
        for (int k = 0; k < nTouched; k++) {
            int i = touched[k];
            double dice = 2.0 * shared[i] / (grams.size() + trigramCounts.get(i));
            if (top.size() == SHORTLIST && dice <= top.peek()[1])
                continue;
            if (!allowed(owners.get(i), types))
                continue;
            top.add(new double[] {i, dice});
            if (top.size() > SHORTLIST)
                top.poll();
        }
        return top.stream().map(a -> (int) a[0]).toList();
    }

    private static boolean allowed(Entity e, Set<EntityType> types) {
        return types.isEmpty() || e.types().stream().anyMatch(types::contains);
    }

    /** Whether the entity carries every property value, compared normalised. */
    private static boolean carries(Entity e, List<Query.PropertyValue> values) {
        for (Query.PropertyValue v : values) {
            String wanted = NameScorer.normalise(v.value());
            boolean found = e.names().stream().anyMatch(n -> n.property() == v.property()
                    && (v.property().isCode() ? NameScorer.compact(NameScorer.normalise(n.text())).equals(NameScorer.compact(wanted))
                            : NameScorer.normalise(n.text()).equals(wanted)));
            if (!found)
                return false;
        }
        return true;
    }
}
