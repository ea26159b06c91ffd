package org.evaw.mapping.page;

/** The two forms a document takes, which decide how it is read. */
public enum PageForm {
    /** A page of the inter-agency inventory: headings, labelled fields, dated entries, or its search listing. */
    INVENTORY,
    /** Report prose: paragraphs, perhaps under an agency's name or short headings. */
    PROSE
}
