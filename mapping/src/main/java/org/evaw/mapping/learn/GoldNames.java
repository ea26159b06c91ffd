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
                List<String> names = names(v);
                if (!names.isEmpty())
                    all.add(new GoldNames(list[1], names));
            }
        }
        return all;
    }

    /** The names a gold entity gives: its label, its acronym (agencies have one) and its aliases, blanks left out. */
    static List<String> names(JsonValue entity) {
        List<String> names = new ArrayList<>();
        if (!entity.isObject())
            return names;
        for (String key : List.of("label", "acronym")) {
            JsonValue name = entity.getAsObject().get(key);
            if (name != null && name.isString())
                names.add(name.getAsString().value());
        }
        JsonValue aliases = entity.getAsObject().get("aliases");
        if (aliases != null && aliases.isArray())
            aliases.getAsArray().forEach(a -> { if (a.isString()) names.add(a.getAsString().value()); });
        names.removeIf(String::isBlank);
        return names;
    }
}
