package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Humanitarian clusters named together before one plural head: "the CCCM and Protection Clusters",
 * "the Logistics, Emergency Telecommunications, Health and Shelter Clusters", "the GBV and Child
 * Protection Sub-Clusters". Each item is a cluster of its own, named with the head in the singular
 * ("Protection Cluster"), as a cluster named alone is (see the IASC clusters of the reference
 * programmes). Each mention spans its item's words only, so a name the other rules found inside an
 * item keeps it.
 */
final class ClusterListRecogniser implements Recogniser {
    /** One item: one to four capitalised words or acronyms ("CCCM", "Emergency Telecommunications"). */
    private static final String ITEM = "(?:\\p{Lu}[\\p{L}-]*|\\p{Lu}{2,})(?:\\s(?:\\p{Lu}[\\p{L}-]*|\\p{Lu}{2,})){0,3}";
    private static final Pattern LIST = Pattern.compile(
            "(?<items>" + ITEM + "(?:,\\s" + ITEM + ")*,?\\s(?:and|&)\\s" + ITEM + ")\\s(?<head>Clusters|Sub-Clusters)\\b");
    private static final Pattern ITEM_IN_LIST = Pattern.compile(ITEM);
    /** Words that open a sentence or a list without being part of an item's name. */
    private static final Pattern LEADING = Pattern.compile("^(?:The|Both|All|Its|Their)\\s");

    private final IriMinter iris;

    ClusterListRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        if (!Cue.within(text, from, to, "Clusters"))   // both heads end so
            return found;
        Matcher m = LIST.matcher(text).region(from, to);
        while (m.find()) {
            String head = m.group("head").equals("Clusters") ? "Cluster" : "Sub-Cluster";
            Matcher item = ITEM_IN_LIST.matcher(text).region(m.start("items"), m.end("items"));
            while (item.find()) {
                int start = item.start();
                Matcher leading = LEADING.matcher(item.group());
                if (leading.find())
                    start += leading.end();
                if (start >= item.end())
                    continue;
                String label = text.substring(start, item.end()) + " " + head;
                found.add(new Mention(Entity.foundByPattern(EntityType.PROGRAMME, label, iris), start, item.end(),
                        OrganisationPatternRecogniser.CONFIDENCE));
            }
        }
        return found;
    }
}
