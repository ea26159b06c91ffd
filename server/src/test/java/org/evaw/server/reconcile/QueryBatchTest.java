package org.evaw.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class QueryBatchTest {

    private static BadRequest refused(String json) {
        return assertThrows(BadRequest.class, () -> QueryBatch.parse(json));
    }

    @Test
    void readsQueriesAsOpenRefineSendsThem() throws BadRequest {
        Map<String, Query> batch = QueryBatch.parse("{\"q0\": {\"query\": \" UNODC \", \"type\": \"https://w3id.org/evaw-kg/ontology#Agency\","
                + " \"type_strict\": \"should\", \"limit\": 3}, \"q1\": {\"query\": \"Kenya\", \"type\": [\"Country\", \"Agency\"]}}");
        assertEquals(Set.of("q0", "q1"), batch.keySet());
        assertEquals(new Query("UNODC", Set.of(EntityType.AGENCY), 3, java.util.List.of()), batch.get("q0"));
        assertEquals(Set.of(EntityType.COUNTRY, EntityType.AGENCY), batch.get("q1").types());
        assertEquals(QueryBatch.DEFAULT_LIMIT, batch.get("q1").limit());
    }

    @Test
    void malformedJsonIsABadRequestThatSaysWhere() {
        BadRequest e = refused("{\"q0\": {\"query\": \"UNODC\"");
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("not well-formed JSON") && e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void aBatchThatIsNotAnObjectOfQueriesIsRefused() {
        assertEquals(400, refused("[\"UNODC\"]").status());
        assertEquals(400, refused("{\"q0\": \"UNODC\"}").status());
        assertEquals(400, refused("{\"q0\": {}}").status());
        assertTrue(refused("{\"q0\": {\"query\": \"x\", \"lang\": \"fr\"}}").getMessage().contains("unknown field 'lang'"));
    }

    @Test
    void unknownTypesAndPropertiesAreNamed() {
        assertTrue(refused("{\"q0\": {\"query\": \"x\", \"type\": \"Q43229\"}}").getMessage().contains("unknown type 'Q43229'"));
        assertTrue(refused("{\"q0\": {\"query\": \"x\", \"properties\": [{\"pid\": \"P17\", \"v\": \"x\"}]}}").getMessage()
                .contains("unknown property 'P17'"));
    }

    @Test
    void limitsMustBePositiveWholeNumbersAndAreCapped() throws BadRequest {
        assertEquals(400, refused("{\"q0\": {\"query\": \"x\", \"limit\": 0}}").status());
        assertEquals(400, refused("{\"q0\": {\"query\": \"x\", \"limit\": 2.5}}").status());
        assertEquals(QueryBatch.MAX_LIMIT, QueryBatch.parse("{\"q0\": {\"query\": \"x\", \"limit\": 1000}}").get("q0").limit());
    }

    @Test
    void longNamesAndLargeBatchesAreRefused() {
        assertEquals(400, refused("{\"q0\": {\"query\": \"" + "a".repeat(QueryBatch.MAX_QUERY_CHARS + 1) + "\"}}").status());
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i <= QueryBatch.MAX_QUERIES; i++)
            sb.append(i == 0 ? "" : ",").append("\"q").append(i).append("\": {\"query\": \"x\"}");
        assertEquals(413, refused(sb.append("}").toString()).status());
    }

    @Test
    void deeplyNestedJsonIsRefusedBeforeItIsBuilt() {
        assertEquals(400, refused("{\"q0\": " + "[".repeat(1000) + "]".repeat(1000) + "}").status());
    }
}
