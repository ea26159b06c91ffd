package org.evaw.mapping.recognise;

/**
 * A span of page text that names an entity: offsets into the page text ({@code end} exclusive) and
 * the recogniser's confidence, 1.0 for a reference-data match.
 */
public record Mention(Entity entity, int start, int end, double confidence) {
    public Mention {
        if (start < 0 || end <= start)
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        if (confidence < 0 || confidence > 1)
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }
}
