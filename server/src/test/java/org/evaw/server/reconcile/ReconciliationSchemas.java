package org.evaw.server.reconcile;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;

/**
 * The Reconciliation Service API 0.2 JSON Schemas, as the Community Group publishes them, read
 * from the test resources: each schema's published {@code $id} resolves to its copy there, so
 * nothing is fetched. The schemas name no draft ({@code "$schema": "http://json-schema.org/schema#"}),
 * and use {@code contains}, which draft 6 introduced: they are read as draft 7, the draft current
 * when they were written.
 */
final class ReconciliationSchemas {
    static final String PUBLISHED = "https://reconciliation-api.github.io/specs/0.2/schemas/";
    /** The dialect the schemas name: "the latest draft", which they were written against as draft 7. */
    private static final Dialect LATEST_AS_DRAFT_7 = Dialect.builder("http://json-schema.org/schema#", Dialects.getDraft7()).build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialects(List.of(Dialects.getDraft7(), LATEST_AS_DRAFT_7),
            b -> b.defaultDialectId(Dialects.getDraft7().getId())
                    .schemaIdResolvers(r -> r.mapPrefix(PUBLISHED, "classpath:org/evaw/server/reconcile/schemas/")));

    private ReconciliationSchemas() {}

    /** The schema published as {@code name}, such as {@code manifest.json}. */
    static Schema schema(String name) {
        return REGISTRY.getSchema(SchemaLocation.of(PUBLISHED + name));
    }

    /** What {@code json} breaks of the schema {@code name}, empty if it is valid. */
    static List<String> violations(String name, JsonNode json) {
        List<Error> errors = schema(name).validate(json);
        return errors.stream().map(Error::toString).toList();
    }
}
