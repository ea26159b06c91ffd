package org.evaw.mapping.analysis;

/**
 * How many people of a role an activity trained, and where the page says so (offsets into the
 * passage text). {@code country} is the IRI of the one country the count belongs to, when the page
 * ties it to one ("in Kyrgyzstan, 200 police officers"); null when it is shared by several.
 */
public record TrainingCount(String role, long count, int start, int end, String country) {
    TrainingCount in(String countryIri) {
        return new TrainingCount(role, count, start, end, countryIri);
    }
}
