package org.evaw.server.browse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the URL of {@code /activities} asks for: for each facet, the IRIs of the values chosen (an
 * activity must have one of them: OR within a facet, AND across facets), the page, and the
 * language of the labels when {@code lang=} names one, and the facets whose every value is listed
 * ({@code more=KEY}; the others list their {@value #LISTED} first). It reads the query string and writes it back,
 * in one canonical order, for every link of the page: the URL is the whole state.
 */
public record Selection(Map<Facet, List<String>> chosen, long page, Optional<String> lang, Set<String> more) {
    public static final String PAGE = "page";
    public static final String LANG = "lang";
    public static final String MORE = "more";
    /** How many values a facet lists unless asked for all: the most frequent (or the first, for periods). */
    public static final int LISTED = 30;

    public Selection {
        chosen = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(chosen));
        more = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(more));
    }

    /** Everything, first page, no language asked. */
    public static Selection everything() {
        return new Selection(Map.of(), 1, Optional.empty(), Set.of());
    }

    /**
     * The selection a query string's parameters make.
     *
     * @throws BadSelection for a parameter that is not a facet, a page or a language, a value that
     *         names no IRI, or a page that is not a whole number from 1
     */
    public static Selection parse(Map<String, String[]> parameters, List<Facet> facets) {
        Map<Facet, List<String>> chosen = new LinkedHashMap<>();
        for (String name : parameters.keySet()) {
            if (!name.equals(PAGE) && !name.equals(LANG) && !name.equals(MORE) && facets.stream().noneMatch(f -> f.key().equals(name)))
                throw new BadSelection("There is no filter '" + name + "'; the filters are "
                        + String.join(", ", Facet.KEYS) + " (and page, lang and more).");
        }
        Set<String> more = new java.util.TreeSet<>();
        for (String key : parameters.getOrDefault(MORE, new String[0])) {
            if (!Facet.KEYS.contains(key))
                throw new BadSelection("more=" + key + " names no filter; it takes one of " + String.join(", ", Facet.KEYS) + ".");
            more.add(key);
        }
        for (Facet f : facets) {
            String[] given = parameters.get(f.key());
            if (given == null)
                continue;
            Set<String> iris = new LinkedHashSet<>();
            for (String value : given)
                iris.add(f.iri(value));
            chosen.put(f, List.copyOf(iris));
        }
        return new Selection(chosen, page(one(parameters, PAGE)), one(parameters, LANG).filter(s -> !s.isBlank()), more);
    }

    private static Optional<String> one(Map<String, String[]> parameters, String name) {
        String[] given = parameters.get(name);
        if (given == null)
            return Optional.empty();
        if (given.length > 1)
            throw new BadSelection("The parameter " + name + " is given " + given.length + " times; give it once.");
        return Optional.of(given[0]);
    }

    private static long page(Optional<String> value) {
        if (value.isEmpty() || value.get().isBlank())
            return 1;
        try {
            long page = Long.parseLong(value.get().strip());
            if (page >= 1)
                return page;
        } catch (NumberFormatException e) {
            // Said below.
        }
        throw new BadSelection("The page '" + value.get() + "' is not a page number: pages are numbered from 1.");
    }

    /** The values chosen of one facet (none when it is not narrowed). */
    public List<String> of(Facet facet) {
        return chosen.getOrDefault(facet, List.of());
    }

    public boolean isChosen(Facet facet, String iri) {
        return of(facet).contains(iri);
    }

    /** Whether any facet is narrowed. */
    public boolean narrowed() {
        return chosen.values().stream().anyMatch(v -> !v.isEmpty());
    }

    /** The same selection on another page. */
    public Selection onPage(long number) {
        return new Selection(chosen, number, lang, more);
    }

    /** The selection with one value chosen, or no longer chosen if it was, back on the first page. */
    public Selection toggled(Facet facet, String iri) {
        Map<Facet, List<String>> next = new LinkedHashMap<>(chosen);
        List<String> values = new ArrayList<>(of(facet));
        if (!values.remove(iri))
            values.add(iri);
        if (values.isEmpty())
            next.remove(facet);
        else
            next.put(facet, values);
        return new Selection(next, 1, lang, more);
    }

    /** Nothing chosen, first page, the same language. */
    public Selection cleared() {
        return new Selection(Map.of(), 1, lang, Set.of());
    }

    /** The same, with every value of a facet listed (or its first {@value #LISTED} again), on the same page. */
    public Selection listingAll(Facet facet, boolean all) {
        Set<String> next = new java.util.TreeSet<>(more);
        if (all)
            next.add(facet.key());
        else
            next.remove(facet.key());
        return new Selection(chosen, page, lang, next);
    }

    /** Whether a facet lists every value. */
    public boolean listsAll(Facet facet) {
        return more.contains(facet.key());
    }

    /** What the counts depend on: the values chosen, in canonical order (not the page, the language or the lists). */
    public String countsKey(List<Facet> facets) {
        return new Selection(chosen, 1, Optional.empty(), Set.of()).queryString(facets);
    }

    /** The query string, without '?': facets in the page's order, then the lists asked in full, the language, and the page if not the first. */
    public String queryString(List<Facet> facets) {
        List<String> parts = new ArrayList<>();
        for (Facet f : facets) {
            for (String iri : of(f))
                parts.add(f.key() + "=" + encode(f.shortName(iri)));
        }
        for (String key : more)
            parts.add(MORE + "=" + key);
        lang.ifPresent(l -> parts.add(LANG + "=" + encode(l)));
        if (page != 1)
            parts.add(PAGE + "=" + page);
        return String.join("&", parts);
    }

    private static String encode(String s) {
        // Slashes kept as they are: partner=agency/undp reads better than agency%2Fundp, and is the same value.
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%2F", "/");
    }
}
