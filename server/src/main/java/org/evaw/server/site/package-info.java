/**
 * The one design of the server's HTML pages: shared navigation with the search box, footer with the
 * dataset's version and licence, and the stylesheet {@code /assets/site.css} for both.
 */
package org.evaw.server.site;
