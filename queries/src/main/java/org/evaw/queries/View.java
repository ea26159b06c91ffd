package org.evaw.queries;

import java.util.Arrays;
import java.util.Locale;

/**
 * The ways the saved-query page can show an answer, one of which a saved query may name as the view
 * it opens in ({@code #+ view: map}): the rows as a table, a bar chart of a count, a map of the
 * countries by their M49 codes, a timeline of counts per year or reporting period. The page offers
 * only the views an answer's columns fit.
 */
public enum View {
    TABLE, BAR, MAP, TIMELINE;

    /** The name a decorator and the page use: {@code table}, {@code bar}, {@code map}, {@code timeline}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The view a decorator names, or an {@link IllegalArgumentException} that lists the views there are. */
    public static View of(String key) {
        return Arrays.stream(values()).filter(v -> v.key().equals(key.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no view '" + key + "'; the views: "
                        + Arrays.stream(values()).map(View::key).toList()));
    }
}
