package org.evaw.server.linkeddata;

/**
 * Where a page of a document sits among its pages: the resources that link to the document's
 * resource are shown a page at a time, in IRI order.
 *
 * @param page this page, from 1
 * @param pages how many pages there are, at least 1
 * @param total how many resources link to the document's resource, over all pages
 * @param from the position of this page's first resource linking in, from 1 (0 if none)
 * @param to the position of its last (0 if none)
 */
public record Paging(long page, long pages, long total, long from, long to) {
    /** The only page of a document with nothing to page. */
    public static final Paging SINGLE = new Paging(1, 1, 0, 0, 0);

    public boolean hasPrevious() { return page > 1; }

    public boolean hasNext() { return page < pages; }
}
