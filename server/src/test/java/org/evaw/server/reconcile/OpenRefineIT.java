package org.evaw.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.evaw.ontology.iri.UriSpace;
import org.evaw.server.CorpusStore;
import org.evaw.server.EvawServer;
import org.evaw.server.http.ClientBudget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real OpenRefine (Debian's {@code openrefine}, 3.6.2, which {@code scripts/install-test-tools}
 * installs) reconciles a spreadsheet column of analysts' spellings ({@code analyst-names.csv})
 * against the server, through its own HTTP commands, as its user interface does: create a project
 * from the file, reconcile the column with the service and auto-match, read the rows back.
 */
class OpenRefineIT {
    private static final Path OPENREFINE = Path.of("/usr/bin/openrefine");
    private static final Duration START = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static EvawServer server;
    private static Process refine;
    private static String refineUrl;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        assertTrue(Files.isExecutable(OPENREFINE), OPENREFINE + " is missing: run scripts/install-test-tools (Debian's openrefine)");
        server = EvawServer.create().port(0).dataset(CorpusStore.create(dir.resolve("tdb2")))
                .clientBudget(new ClientBudget.Settings(0, 0)).build().start();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        refineUrl = "http://127.0.0.1:" + port + "/";
        Path log = dir.resolve("openrefine.log");
        refine = new ProcessBuilder(OPENREFINE.toString(), "-p", Integer.toString(port), "-i", "127.0.0.1",
                "-d", Files.createDirectories(dir.resolve("refine-data")).toString(), "-m", "768M",
                "-x", "refine.headless=true", "run")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START.toNanos();
        while (true) {
            if (!refine.isAlive())
                fail("OpenRefine stopped: " + Files.readString(log));
            try {
                if (get("command/core/get-version").statusCode() == 200)
                    break;
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline)
                fail("OpenRefine did not answer within " + START + ": " + Files.readString(log));
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (refine != null) {
            // The script runs Java as its child: end Java, let the script see it end and exit, so each is reaped by its parent.
            for (ProcessHandle child : refine.descendants().toList()) {
                child.destroy();
                try {
                    child.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    child.destroyForcibly();
                }
            }
            if (!refine.waitFor(30, java.util.concurrent.TimeUnit.SECONDS))
                refine.destroyForcibly().waitFor();
        }
        if (server != null)
            server.stop();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(refineUrl + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postForm(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(refineUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfToken() throws Exception {
        return JSON.readTree(get("command/core/get-csrf-token").body()).get("token").asText();
    }

    /** Creates a project from a CSV file, as the "Create project" page uploads it; answers its id. */
    private static String createProject(String csv) throws Exception {
        String boundary = "evaw-kg-" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        Map<String, String> fields = Map.of("project-name", "analyst names", "format", "text/line-based/*sv",
                "options", "{\"separator\": \",\", \"headerLines\": 1, \"encoding\": \"UTF-8\"}");
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"project-file\"; filename=\"names.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n").append(csv).append("\r\n--").append(boundary).append("--\r\n");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(refineUrl
                        + "command/core/create-project-from-upload?csrf_token=" + csrfToken()))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no project: " + r.statusCode() + " " + r.body()));
        return location.substring(location.indexOf("project=") + "project=".length());
    }

    @Test
    void openRefineMatchesAnAnalystsColumnToTheGraphsEntities() throws Exception {
        String csv = new String(OpenRefineIT.class.getResourceAsStream("analyst-names.csv").readAllBytes(), StandardCharsets.UTF_8);
        String project = createProject(csv);
        String service = server.url() + "reconcile";
        String config = JSON.writeValueAsString(Map.of("mode", "standard-service", "service", service,
                "identifierSpace", UriSpace.DEFAULT_BASE + "id/", "schemaSpace", "https://w3id.org/evaw-kg/ontology#",
                "autoMatch", true, "columnDetails", List.of(), "limit", 0));
        HttpResponse<String> started = postForm("command/core/reconcile?project=" + project + "&csrf_token=" + csrfToken(),
                Map.of("columnName", "Name", "config", config, "engine", "{\"facets\": [], \"mode\": \"row-based\"}"));
        assertEquals(200, started.statusCode(), started.body());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (JSON.readTree(get("command/core/get-processes?project=" + project).body()).get("processes").size() > 0) {
            assertTrue(System.nanoTime() < deadline, "OpenRefine's reconciliation did not finish in 60 s");
            Thread.sleep(200);
        }
        JsonNode rows = JSON.readTree(postForm("command/core/get-rows?project=" + project + "&start=0&limit=50",
                Map.of("engine", "{\"facets\": [], \"mode\": \"row-based\"}")).body());
        JsonNode recons = rows.at("/pool/recons");
        List<String[]> expected = csv.lines().skip(1).map(l -> l.split(",", -1)).toList();
        assertEquals(expected.size(), rows.get("rows").size());
        for (int i = 0; i < expected.size(); i++) {
            String[] e = expected.get(i);
            JsonNode cell = rows.get("rows").get(i).get("cells").get(0);
            assertEquals(e[0], cell.get("v").asText());
            JsonNode recon = recons.get(cell.get("r").asText());
            String judgment = recon.get("j").asText();
            JsonNode best = judgment.equals("matched") ? recon.get("m") : recon.get("c").get(0);
            assertEquals(UriSpace.DEFAULT_BASE + "id/" + e[1], best.get("id").asText(), e[0] + ": " + recon);
            if (!e[2].isEmpty())
                assertEquals(Boolean.parseBoolean(e[2]) ? "matched" : "none", judgment, e[0] + ": " + recon);
        }
    }
}
