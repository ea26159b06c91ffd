package org.evaw.mapping.page;

/** The role a block of text plays in a document; it decides what the mapper reads from it. */
public enum BlockKind {
    /** The page's first line: the agency or programme the page is about. */
    TITLE,
    /** Lines between the title and the first heading: logos, postal addresses. */
    HEADER_MATTER,
    /** A section heading such as "Background" or "Policy framework". */
    HEADING,
    /** The value of a labelled field such as "Item ID" or "Icon". */
    FIELD_VALUE,
    /** A postal address under "Mail Address" or "Address/Websites". */
    ADDRESS,
    /** A paragraph describing the agency (Background, Areas of Focus, Areas of Work). */
    PROFILE,
    /** A paragraph of the agency's policy framework. */
    POLICY,
    /** A pointer to resources, such as a web address. */
    RESOURCE,
    /** A bulleted item: on these pages, a publication or tool. */
    LIST_ITEM,
    /** A dated entry header such as {@code Mar 2013 - Feb 2014 | UNODC}. */
    ENTRY_HEADER,
    /** A paragraph reporting what an agency did. */
    ACTIVITY,
    /** A paragraph of prose, read sentence by sentence: who did what, with whom, where and when. */
    PARAGRAPH,
    /** A short line of prose heading the paragraphs under it: an agency's name, a country, a theme. */
    PROSE_HEADING;

    /** Whether entities named in such a block are facts of the page (addresses and headings are not). */
    public boolean carriesFacts() {
        return this == TITLE || this == PROFILE || this == POLICY || this == LIST_ITEM || this == ACTIVITY
                || this == ENTRY_HEADER || this == FIELD_VALUE || this == PARAGRAPH || this == PROSE_HEADING;
    }
}
