package org.evaw.server.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.samskivert.mustache.Template;

/**
 * The data dumps at {@code /dumps/{file}}, each with its size ({@code Content-Length}) and SHA-256
 * (as the strong {@code ETag} and as {@code Repr-Digest}, RFC 9530), and at {@code /dumps/} an
 * HTML list of them with the same figures.
 */
final class DumpServlet extends ReadOnlyServlet {
    private final Dumps dumps;
    private final Template index = Templates.load("dumps");

    DumpServlet(Dumps dumps) {
        this.dumps = dumps;
    }

    record Row(String href, String fileName, String label, String mediaType, String compression, long size, String sha256) {}

    @Override
    protected void read(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        Optional<List<Dump>> written = dumps.within(HttpReply.WAIT);
        if (written.isEmpty()) {
            HttpReply.comeBack(resp, "the dumps are being written from the whole store (once for the life of this server)");
            return;
        }
        if (path.equals(Dumps.PATH)) {
            resp.setHeader("Content-Security-Policy", Responder.CONTENT_SECURITY_POLICY);
            HttpReply.send(req, resp, index(written.get()), "text/html; charset=utf-8", "public, max-age=300");
            return;
        }
        String name = path.substring(Dumps.PATH.length());
        Optional<Dump> dump = written.get().stream().filter(d -> d.fileName().equals(name)).findFirst();
        if (dump.isEmpty()) {
            HttpReply.notFound(req, resp, dumps.whyNotWritten(name).orElse("no dump by this name") + "; see " + Dumps.PATH);
            return;
        }
        Dump d = dump.get();
        HttpReply.cors(resp);
        String etag = "\"" + d.sha256() + "\"";
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "public, max-age=300");
        resp.setHeader("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(d.sha256())) + ":");
        if (HttpReply.notModified(req, etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(d.servedType());
        resp.setContentLengthLong(d.size());
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"");
        if ("HEAD".equals(req.getMethod()))
            return;
        try (InputStream in = Files.newInputStream(d.file())) {
            in.transferTo(resp.getOutputStream());
        }
    }

    private byte[] index(List<Dump> written) {
        List<Row> rows = written.stream().map(d -> new Row(Dumps.PATH + d.fileName(), d.fileName(), d.label(),
                d.mediaType(), d.compression(), d.size(), d.sha256())).toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("dumps", rows);
        page.put("leftOut", dumps.leftOut(written));
        return index.execute(page).getBytes(StandardCharsets.UTF_8);
    }
}
