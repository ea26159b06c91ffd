package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.evaw.mapping.iri.IriMinter;

/**
 * All recognisers together, with the rule that settles overlaps: reference-data matches first;
 * resolution patterns next (a body's name inside a resolution's reference gives way to it); then
 * numbered instruments ("CEDAW General Recommendation No. 35" takes the place of the names inside
 * it); an organisation or programme found by pattern is kept only where it overlaps no named body,
 * programme, instrument or resolution (it may contain a place, as in "Ministry of Justice of
 * Somaliland"; a name defined by an acronym in brackets may not, nor may it hold a term such as
 * "gender-based violence (GBV)"). Terms themselves are not reported.
 */
public final class Recognisers {
    private final Gazetteer gazetteer;
    private final ResolutionRecogniser resolutions;
    private final InstrumentRecogniser instruments;
    private final List<Recogniser> patterns;
    private final AcronymNameRecogniser acronymNames;
    private final DocumentSymbolRecogniser documents;
    private final Map<String, Entity> countries = new HashMap<>();
    private final Map<String, List<String>> names;

    public Recognisers(Model reference, IriMinter iris) {
        this.gazetteer = GazetteerLoader.from(reference);
        Map<String, Entity> known = GazetteerLoader.entities(reference);
        this.resolutions = new ResolutionRecogniser(iris);
        this.instruments = new InstrumentRecogniser(iris, known);
        this.patterns = List.of(OrganisationPatternRecogniser.programmes(iris), new QuotedProgrammeRecogniser(iris),
                new OrganisationPatternRecogniser(iris));
        this.acronymNames = new AcronymNameRecogniser(iris);
        this.documents = new DocumentSymbolRecogniser(iris);
        known.values().stream().filter(e -> e.type() == EntityType.COUNTRY).forEach(e -> countries.put(e.iri(), e));
        this.names = GazetteerLoader.names(reference);
    }

    /** The names the reference data gives an entity, in any language; none for an entity found by pattern. */
    public List<String> namesOf(Entity entity) {
        return names.getOrDefault(entity.iri(), List.of());
    }

    /** The country an entity lies in: a country itself, or the country of a place. */
    public Optional<Entity> countryOf(Entity entity) {
        return Optional.ofNullable(entity.broader()).map(countries::get)
                .filter(c -> entity.type() == EntityType.COUNTRY || entity.type() == EntityType.PLACE);
    }

    /** Every mention in {@code text[from, to)}, sorted by start, without conflicting overlaps. */
    public List<Mention> find(String text, int from, int to) {
        List<Mention> kept = new ArrayList<>(gazetteer.find(text, from, to));
        List<Mention> resolutionMentions = resolutions.find(text, from, to);
        if (!resolutionMentions.isEmpty()) {
            // A resolution's span may hold a body's name ("General Assembly resolution 48/104"): the resolution wins.
            // An instrument named in a resolution's title stays a mention of its own.
            Spans resolutionSpans = new Spans(resolutionMentions);
            kept.removeIf(k -> k.entity().type() == EntityType.BODY && resolutionSpans.overlap(k));
            kept.addAll(resolutionMentions);
        }
        List<Mention> instrumentMentions = instruments.find(text, from, to);
        if (!instrumentMentions.isEmpty()) {
            Spans before = new Spans(kept);
            List<Mention> accepted = new ArrayList<>();
            for (Mention m : instrumentMentions) {
                // Kept unless a name runs across its edges: the names inside it give way to it.
                if (!before.overlap(m.start(), m.start()) && !before.overlap(m.end(), m.end()))
                    accepted.add(m);
            }
            Spans acceptedSpans = new Spans(accepted);
            kept.removeIf(k -> k.entity().type().isNamedBody() && acceptedSpans.overlap(k));
            kept.addAll(accepted);
        }
        Spans all = new Spans(kept);
        for (Mention m : documents.find(text, from, to)) {
            if (!all.overlap(m))
                kept.add(m);
        }
        List<Mention> named = kept.stream().filter(k -> k.entity().type().isNamedBody()
                || k.entity().type() == EntityType.RESOLUTION).toList();
        Spans namedSpans = new Spans(named);
        List<Mention> found = new ArrayList<>();
        for (Recogniser r : patterns)
            found.addAll(r.find(text, from, to));
        for (Mention m : found) {
            if (!namedSpans.overlap(m))
                kept.add(m);
        }
        Spans anyKnown = new Spans(kept.stream().filter(k -> k.confidence() == 1.0 || k.entity().type() == EntityType.TERM).toList());
        for (Mention m : acronymNames.find(text, from, to)) {
            if (!anyKnown.overlap(m))
                kept.add(m);
        }
        kept.removeIf(k -> k.entity().type() == EntityType.TERM);
        kept.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return kept;
    }

    public int gazetteerSize() { return gazetteer.size(); }
}
