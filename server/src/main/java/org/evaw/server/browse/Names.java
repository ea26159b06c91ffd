package org.evaw.server.browse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The names of the resources a page shows, chosen as the entity pages choose them: the preferred
 * label, else the RDFS label, else the title; in the language asked, else English, else any; ties
 * by the text. An acronym is kept beside the name. A resource without a name is shown by the end
 * of its IRI.
 */
final class Names {
    /** A resource's name and, if it has one, its acronym. */
    record Name(String label, String acronym) {
        /** "United Nations Development Programme (UNDP)", or the label alone. */
        String full() {
            return acronym == null || acronym.equals(label) ? label : label + " (" + acronym + ")";
        }
    }

    private final String language;
    private final Map<String, Integer> labelRank = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> acronyms = new HashMap<>();

    Names(String language) {
        this.language = language;
    }

    /** Takes one row of {@code labels.rq}. */
    void add(Binding row) {
        Node resource = row.get(ActivityQueries.RESOURCE);
        Node label = row.get("label");
        Node rank = row.get("rank");
        if (resource == null || !resource.isURI() || label == null || !label.isLiteral() || rank == null)
            return;
        String iri = resource.getURI();
        String text = label.getLiteralLexicalForm();
        int property = Integer.parseInt(rank.getLiteralLexicalForm());
        if (property == 0) {
            acronyms.merge(iri, text, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            return;
        }
        int score = property * 3 + languageRank(label.getLiteralLanguage());
        Integer best = labelRank.get(iri);
        if (best == null || score < best || (score == best && text.compareTo(labels.get(iri)) < 0)) {
            labelRank.put(iri, score);
            labels.put(iri, text);
        }
    }

    private int languageRank(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        if (t.equals(language) || t.startsWith(language + "-"))
            return 0;
        return t.equals("en") || t.startsWith("en-") ? 1 : 2;
    }

    Name of(String iri) {
        String label = labels.get(iri);
        if (label == null) {
            int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
            label = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        }
        return new Name(label, acronyms.get(iri));
    }
}
