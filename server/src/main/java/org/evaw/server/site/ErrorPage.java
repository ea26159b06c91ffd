package org.evaw.server.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.util.StringUtil;

/**
 * The page a browser sees for an error (an unknown path, a refused method, a malformed request, a
 * failure of the server): the site's navigation and footer ({@link SiteChrome}), the status, a
 * plain sentence saying what went wrong ({@code site/error-sentences.properties}) and where to go
 * next ({@code site/error.html}). Nothing of the request (path, query, headers) is put in the page
 * except Jetty's short message for a client error, and that HTML-escaped.
 */
public final class ErrorPage {
    private static final String TEMPLATE = SiteChrome.dress(text("/org/evaw/server/site/error.html"));
    private static final Properties SENTENCES = sentences();

    private ErrorPage() {}

    /**
     * The page for {@code status}, to be written in {@code charset}: every character outside ASCII
     * is written as a character reference, so the page reads the same whichever charset Jetty
     * negotiated with the client.
     */
    public static String html(int status, String message, Charset charset) {
        String reason = HttpStatus.getMessage(status);
        String sentence = SENTENCES.getProperty(Integer.toString(status), SENTENCES.getProperty("default"));
        // Jetty's own message can say more for a client error (which header, which part of the URI);
        // a server error's message may hold internals, so it is logged, not shown.
        if (status < 500 && message != null && !message.isBlank() && !message.equals(reason))
            sentence = sentence + " (" + message + ")";
        String page = TEMPLATE
                .replace("{{charset}}", charset.name())
                .replace("{{status}}", Integer.toString(status))
                .replace("{{reason}}", StringUtil.sanitizeXmlString(reason))
                .replace("{{sentence}}", escapeSentence(sentence));
        return asciiOnly(page);
    }

    private static String escapeSentence(String sentence) {
        return StringUtil.sanitizeXmlString(sentence);
    }

    private static String asciiOnly(String page) {
        StringBuilder out = new StringBuilder(page.length() + 32);
        page.codePoints().forEach(c -> {
            if (c < 128)
                out.append((char) c);
            else
                out.append("&#").append(c).append(';');
        });
        return out.toString();
    }

    private static Properties sentences() {
        Properties p = new Properties();
        try (InputStream in = ErrorPage.class.getResourceAsStream("/org/evaw/server/site/error-sentences.properties")) {
            if (in == null)
                throw new IllegalStateException("missing on the classpath: error-sentences.properties");
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String text(String resource) {
        try (InputStream in = ErrorPage.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("missing on the classpath: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
