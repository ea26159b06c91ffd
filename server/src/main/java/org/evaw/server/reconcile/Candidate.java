package org.evaw.server.reconcile;

/**
 * An entity proposed for a query, with what its score rests on: the score from 0 to 100, the name
 * of the entity that scored it and that name's language, the name similarity from 0 to 1, whether
 * that name was an acronym or code (or initials), whether it equals the query once normalised,
 * and whether the service takes it as the match.
 */
public record Candidate(Entity entity, double score, Name matchedName, double nameSimilarity, boolean acronym,
                        boolean exact, boolean match) {

    Candidate asMatch() {
        return new Candidate(entity, score, matchedName, nameSimilarity, acronym, exact, true);
    }
}
