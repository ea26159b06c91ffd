package org.evaw.mapping.learn;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The names a gold annotation gives the partners and programmes of its document: each entity's label
 * and aliases, the names the document itself uses for it (eval/README.md). These are what the
 * name finder learns to find.
 */
record GoldNames(String type, List<String> names) {
    /** The gold lists read, with the name-finder type each gives. */
    static final List<String[]> LISTS = List.of(new String[] {"partners", NameTypes.PARTNER},
            new String[] {"programmes", NameTypes.PROGRAMME});

    /** Every partner and programme of a gold annotation, with its names. */
    static List<GoldNames> of(JsonObject gold) {
        List<GoldNames> all = new ArrayList<>();
        for (String[] list : LISTS) {
            JsonValue entities = gold.get(list[0]);
            if (entities == null || !entities.isArray())
                continue;
            for (JsonValue v : entities.getAsArray()) {
                if (!v.isObject())
                    continue;
                List<String> names = new ArrayList<>();
                JsonValue label = v.getAsObject().get("label");
                if (label != null && label.isString())
                    names.add(label.getAsString().value());
                JsonValue aliases = v.getAsObject().get("aliases");
                if (aliases != null && aliases.isArray())
                    aliases.getAsArray().forEach(a -> { if (a.isString()) names.add(a.getAsString().value()); });
                names.removeIf(String::isBlank);
                if (!names.isEmpty())
                    all.add(new GoldNames(list[1], names));
            }
        }
        return all;
    }
}
