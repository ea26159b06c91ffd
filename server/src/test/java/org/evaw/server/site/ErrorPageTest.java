package org.evaw.server.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The error page a browser sees: the site's chrome, a plain sentence, nothing of the request as markup. */
class ErrorPageTest {
    @Test
    void aClientErrorShowsJettysMessageEscaped() {
        String page = ErrorPage.html(400, "bad <script>alert(1)</script> \"here\"", StandardCharsets.ISO_8859_1);
        assertFalse(page.contains("<script>alert"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertTrue(page.contains("<h1>400 Bad Request</h1>"), page);
    }

    @Test
    void aServerErrorKeepsItsMessageOutOfThePage() {
        String page = ErrorPage.html(500, "NullPointerException at org.evaw.Secret", StandardCharsets.UTF_8);
        assertFalse(page.contains("Secret"), page);
        assertTrue(page.contains("Something went wrong on the server."), page);
    }

    @Test
    void thePageHasTheSiteNavigationFooterAndStylesheetAndLinksHomeAndSearch() {
        String page = ErrorPage.html(404, "Not Found", StandardCharsets.UTF_8);
        assertTrue(page.contains("<nav aria-label=\"Site\">") && page.contains("<footer class=\"site\">"), page);
        assertTrue(page.contains("<link rel=\"stylesheet\" href=\"/assets/site.css\">"), page);
        assertTrue(page.contains("There is no page at this address."), page);
        assertTrue(page.contains("<a href=\"/\">home page</a>") && page.contains("<a href=\"/search\">search</a>"), page);
    }

    @Test
    void everyCharacterOutsideAsciiIsAReferenceSoAnyCharsetReadsIt() {
        String page = ErrorPage.html(404, "Not Found", StandardCharsets.ISO_8859_1);
        assertTrue(page.chars().allMatch(c -> c < 128), "ASCII only");
        assertTrue(page.contains("<meta charset=\"ISO-8859-1\">"), page);
    }
}
