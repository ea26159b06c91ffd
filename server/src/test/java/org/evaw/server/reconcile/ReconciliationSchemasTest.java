package org.evaw.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The schemas the integration tests validate with do reject what they should, so that a pass means something. */
class ReconciliationSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void aManifestWithoutVersionZeroPointTwoOrAnIdentifierSpaceIsInvalid() throws Exception {
        String ok = "{\"versions\": [\"0.2\"], \"name\": \"n\", \"identifierSpace\": \"http://x/\", \"schemaSpace\": \"http://y#\","
                + " \"defaultTypes\": [{\"id\": \"t\", \"name\": \"T\"}], \"preview\": {\"url\": \"http://x/p?id={{id}}\", \"width\": 1, \"height\": 1}}";
        assertEquals(List.of(), ReconciliationSchemas.violations("manifest.json", json(ok)));
        assertFalse(ReconciliationSchemas.violations("manifest.json", json(ok.replace("\"0.2\"", "\"0.1\""))).isEmpty());
        assertFalse(ReconciliationSchemas.violations("manifest.json", json(ok.replace("identifierSpace", "idSpace"))).isEmpty());
        assertFalse(ReconciliationSchemas.violations("manifest.json", json(ok.replace("{{id}}", "{id}"))).isEmpty());
        assertFalse(ReconciliationSchemas.violations("manifest.json", json(ok.replace("\"name\": \"T\"", "\"label\": \"T\""))).isEmpty(),
                "defaultTypes items are checked against type.json");
    }

    @Test
    void aResultWithoutAScoreIsInvalid() throws Exception {
        assertEquals(List.of(), ReconciliationSchemas.violations("reconciliation-result-batch.json",
                json("{\"q0\": {\"result\": [{\"id\": \"a\", \"name\": \"A\", \"score\": 1, \"match\": true}]}}")));
        assertFalse(ReconciliationSchemas.violations("reconciliation-result-batch.json",
                json("{\"q0\": {\"result\": [{\"id\": \"a\", \"name\": \"A\"}]}}")).isEmpty());
    }

    @Test
    void aSuggestionWithoutANameIsInvalid() throws Exception {
        assertFalse(ReconciliationSchemas.violations("suggest-entities-response.json", json("{\"result\": [{\"id\": \"a\"}]}")).isEmpty());
        assertFalse(ReconciliationSchemas.violations("suggest-types-response.json", json("{\"result\": [{\"id\": \"a\"}]}")).isEmpty());
        assertFalse(ReconciliationSchemas.violations("suggest-properties-response.json", json("{}")).isEmpty());
    }
}
