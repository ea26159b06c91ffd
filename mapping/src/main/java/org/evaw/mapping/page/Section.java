package org.evaw.mapping.page;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The headings of an inventory page. Each heading decides the role of the blocks under it; labelled
 * fields ({@link #isField()}) are followed by a single value line.
 */
public enum Section {
    BACKGROUND("Background", BlockKind.PROFILE),
    POLICY_FRAMEWORK("Policy framework", BlockKind.POLICY),
    AREAS_OF_FOCUS("Areas of Focus", BlockKind.PROFILE),
    AREAS_OF_WORK("Areas of Work", BlockKind.PROFILE),
    RESOURCES("Resources", BlockKind.RESOURCE),
    MAIL_ADDRESS("Mail Address", BlockKind.ADDRESS),
    ADDRESS_WEBSITES("Address/Websites", BlockKind.ADDRESS),
    AGENCY_TYPE("Agency Type", BlockKind.FIELD_VALUE),
    TITLE("Title", BlockKind.FIELD_VALUE),
    ICON("Icon", BlockKind.FIELD_VALUE),
    ITEM_ID("Item ID", BlockKind.FIELD_VALUE),
    UN_AGENCY_ID("UNAgency ID", BlockKind.FIELD_VALUE);

    private final String heading;
    private final BlockKind contentKind;

    Section(String heading, BlockKind contentKind) {
        this.heading = heading;
        this.contentKind = contentKind;
    }

    public String heading() { return heading; }

    /** The role of the blocks under this heading. */
    public BlockKind contentKind() { return contentKind; }

    public boolean isField() { return contentKind == BlockKind.FIELD_VALUE; }

    /** The section a trimmed line heads, matched without regard to case or inner spacing. */
    public static Optional<Section> ofHeading(String line) {
        if (line.length() > MAX_HEADING)
            return Optional.empty();
        return Optional.ofNullable(BY_KEY.get(normalise(line)));
    }

    /** No heading is longer, however it is spaced: longer lines are not normalised at all. */
    private static final int MAX_HEADING = 40;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    // Every line of every page is looked up: the headings are normalised once.
    private static final Map<String, Section> BY_KEY = new HashMap<>();
    static {
        for (Section s : values())
            BY_KEY.put(normalise(s.heading), s);
    }

    private static String normalise(String s) {
        return WHITESPACE.matcher(s.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
