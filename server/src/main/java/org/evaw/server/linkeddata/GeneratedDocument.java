package org.evaw.server.linkeddata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A document the server generates about itself (the VoID description, the service description)
 * at one path, negotiated, and at that path with each representation's suffix.
 */
final class GeneratedDocument extends ReadOnlyServlet {
    private final String path;
    private final Ready<Description> content;
    private final List<Representation> offer;
    private final Responder responder;
    private final EntityPage page;

    GeneratedDocument(String path, Ready<Description> content, List<Representation> offer, Responder responder, EntityPage page) {
        this.path = path;
        this.content = content;
        this.offer = offer;
        this.responder = responder;
        this.page = page;
    }

    /** Every path this document answers at. */
    List<String> paths() {
        List<String> paths = new ArrayList<>(List.of(path));
        offer.forEach(r -> paths.add(path + "." + r.suffix()));
        return paths;
    }

    @Override
    protected void read(HttpServletRequest req, HttpServletResponse resp, String asked) throws IOException {
        serve(req, resp, asked.equals(path) ? Optional.empty() : Optional.of(asked.substring(path.length() + 1)));
    }

    /** Serves the document, negotiated (no suffix) or in the representation of a suffix. */
    void serve(HttpServletRequest req, HttpServletResponse resp, Optional<String> suffix) throws IOException {
        Optional<Description> built = content.within(HttpReply.WAIT);
        if (built.isEmpty()) {
            // Counted once for the life of the server, on a thread of its own: minutes on a large store.
            HttpReply.comeBack(resp, path + " is being computed from the whole store (once for the life of this server)");
            return;
        }
        Description d = built.get();
        responder.respond(req, resp, d.graph(), suffix, offer, r -> r == null ? path : path + "." + r.suffix(),
                (representations, language) -> page.in(language).render(d, representations, n -> path));
    }
}
