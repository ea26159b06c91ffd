package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.ontology.EVAW;

/**
 * All recognisers together, with the rule that settles overlaps: reference-data matches first;
 * resolution patterns next; an organisation found by pattern is kept only where it overlaps no
 * named body, programme or instrument (it may contain a place, as in "Ministry of Justice of
 * Somaliland").
 */
public final class Recognisers {
    private final Gazetteer gazetteer;
    private final ResolutionRecogniser resolutions;
    private final OrganisationPatternRecogniser organisations;
    private final OrganisationPatternRecogniser programmes;
    private final DocumentSymbolRecogniser documents;
    private final Map<String, Entity> countries = new HashMap<>();

    public Recognisers(Model reference, IriMinter iris) {
        this.gazetteer = GazetteerLoader.from(reference);
        this.resolutions = new ResolutionRecogniser(iris);
        this.organisations = new OrganisationPatternRecogniser(iris);
        this.programmes = OrganisationPatternRecogniser.programmes(iris);
        this.documents = new DocumentSymbolRecogniser(iris);
        for (Resource c : reference.listSubjectsWithProperty(RDF.type, EVAW.Country).toList())
            GazetteerLoader.entityOf(c, EntityType.COUNTRY).ifPresent(e -> countries.put(e.iri(), e));
    }

    /** The country an entity lies in: a country itself, or the country of a place. */
    public Optional<Entity> countryOf(Entity entity) {
        return Optional.ofNullable(entity.broader()).map(countries::get)
                .filter(c -> entity.type() == EntityType.COUNTRY || entity.type() == EntityType.PLACE);
    }

    /** Every mention in {@code text[from, to)}, sorted by start, without conflicting overlaps. */
    public List<Mention> find(String text, int from, int to) {
        List<Mention> kept = new ArrayList<>(gazetteer.find(text, from, to));
        for (Mention m : resolutions.find(text, from, to)) {
            // A resolution's span may hold a body's name ("General Assembly resolution 48/104"): the resolution wins.
            // An instrument named in a resolution's title stays a mention of its own.
            kept.removeIf(k -> k.entity().type() == EntityType.BODY && m.overlaps(k));
            kept.add(m);
        }
        for (Mention m : documents.find(text, from, to)) {
            if (kept.stream().noneMatch(k -> k.overlaps(m)))
                kept.add(m);
        }
        List<Mention> named = List.copyOf(kept);
        List<Mention> patterns = new ArrayList<>(programmes.find(text, from, to));
        patterns.addAll(organisations.find(text, from, to));
        for (Mention m : patterns) {
            if (named.stream().noneMatch(k -> k.overlaps(m) && (k.entity().type().isNamedBody()
                    || k.entity().type() == EntityType.RESOLUTION)))
                kept.add(m);
        }
        kept.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return kept;
    }

    public int gazetteerSize() { return gazetteer.size(); }
}
