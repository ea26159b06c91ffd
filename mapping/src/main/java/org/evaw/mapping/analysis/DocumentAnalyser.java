package org.evaw.mapping.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.evaw.mapping.page.Block;
import org.evaw.mapping.page.BlockKind;
import org.evaw.mapping.page.DatedEntry;
import org.evaw.mapping.page.PageFormatException;
import org.evaw.mapping.page.PageLayout;
import org.evaw.mapping.page.PageParser;
import org.evaw.mapping.page.Section;
import org.evaw.mapping.page.SourcePage;
import org.evaw.mapping.recognise.Entity;
import org.evaw.mapping.recognise.EntityType;
import org.evaw.mapping.recognise.Mention;
import org.evaw.mapping.recognise.Recognisers;

/**
 * Reads a page's layout and the mentions in it into a {@link DocumentAnalysis}: which agency the
 * page is about, what each activity links, what the policy framework cites.
 */
public final class DocumentAnalyser {
    private static final Pattern GUID = Pattern.compile("\\{?[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}\\}?");

    private final Recognisers recognisers;

    public DocumentAnalyser(Recognisers recognisers) {
        this.recognisers = recognisers;
    }

    public DocumentAnalysis analyse(SourcePage page) throws PageFormatException {
        PageLayout layout = PageParser.parse(page);
        List<String> warnings = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        Map<Block, Passage> byBlock = new LinkedHashMap<>();
        for (Block block : layout.blocks()) {
            if (!block.kind().carriesFacts())
                continue;
            Passage passage = new Passage(block, block.text(page), recognisers.find(page.text(), block.start(), block.end()));
            passages.add(passage);
            byBlock.put(block, passage);
        }
        Entity agency = pageAgency(layout, passages);
        if (agency == null)
            warnings.add(page.fileName() + ": no UN agency recognised as the page's subject");

        List<Passage> policy = passages.stream().filter(p -> p.block().kind() == BlockKind.POLICY).toList();
        List<Activity> activities = new ArrayList<>();
        List<Publication> publications = new ArrayList<>();
        List<DatedEntry> periods = new ArrayList<>();
        for (Passage p : passages) {
            switch (p.block().kind()) {
                case ACTIVITY -> {
                    Activity activity = activity(activities.size() + 1, p, agency, byBlock);
                    activities.add(activity);
                    publications.addAll(activity.publications());
                }
                case LIST_ITEM -> publications.add(PublicationFinder.ofListItem(p));
                case ENTRY_HEADER -> {
                    DatedEntry entry = p.block().entry();
                    if (periods.stream().noneMatch(e -> e.from().equals(entry.from()) && e.to().equals(entry.to())))
                        periods.add(entry);
                }
                default -> { }
            }
        }
        return new DocumentAnalysis(layout, agency, guid(layout, Section.ITEM_ID, warnings),
                guid(layout, Section.UN_AGENCY_ID, warnings), List.copyOf(passages), policy,
                List.copyOf(activities), List.copyOf(publications), List.copyOf(periods), List.copyOf(warnings));
    }

    /**
     * The agency a page is about: the one its title names, else its "Title" or "Icon" field, else
     * the one its dated entries name, else the one it names most often.
     */
    private static Entity pageAgency(PageLayout layout, List<Passage> passages) {
        List<Passage> ordered = new ArrayList<>();
        passages.stream().filter(p -> p.block().kind() == BlockKind.TITLE).forEach(ordered::add);
        passages.stream().filter(p -> p.block().kind() == BlockKind.FIELD_VALUE
                && (Section.TITLE.heading().equals(p.block().section()) || Section.ICON.heading().equals(p.block().section())))
                .forEach(ordered::add);
        passages.stream().filter(p -> p.block().kind() == BlockKind.ENTRY_HEADER).forEach(ordered::add);
        for (Passage p : ordered) {
            Optional<Entity> first = agencies(p).findFirst();
            if (first.isPresent())
                return first.get();
        }
        Map<Entity, Long> counts = passages.stream().flatMap(DocumentAnalyser::agencies)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static java.util.stream.Stream<Entity> agencies(Passage p) {
        return p.mentions().stream().map(Mention::entity).filter(e -> e.type() == EntityType.AGENCY);
    }

    private static Activity activity(int ordinal, Passage p, Entity pageAgency, Map<Block, Passage> byBlock) {
        DatedEntry entry = p.block().entry();
        Entity lead = pageAgency;
        if (entry != null) {
            Passage header = byBlock.values().stream()
                    .filter(h -> h.block().kind() == BlockKind.ENTRY_HEADER && h.block().entry() == entry)
                    .findFirst().orElse(null);
            if (header != null)
                lead = agencies(header).findFirst().orElse(pageAgency);
        }
        List<Entity> partners = new ArrayList<>();
        List<Entity> countries = new ArrayList<>();
        List<Entity> places = new ArrayList<>();
        List<Entity> programmes = new ArrayList<>();
        List<Entity> cites = new ArrayList<>();
        List<Entity> references = new ArrayList<>();
        for (Mention m : p.mentions()) {
            Entity e = m.entity();
            switch (e.type()) {
                case AGENCY, PARTNER -> { if (!e.equals(lead)) addOnce(partners, e); }
                case COUNTRY -> addOnce(countries, e);
                case PLACE -> addOnce(places, e);
                case PROGRAMME -> addOnce(programmes, e);
                case RESOLUTION, INSTRUMENT -> addOnce(cites, e);
                case UN_DOCUMENT -> addOnce(references, e);
                default -> { }
            }
        }
        List<TrainingCount> trained = TrainingCountFinder.find(p.text(), 0, p.text().length()).stream()
                .map(c -> c.in(countryOfCount(p, c, countries))).toList();
        return new Activity(ordinal, p, lead, partners, countries, places, programmes, cites, references,
                trained, PublicationFinder.inText(p), entry);
    }

    private static final java.util.regex.Pattern LIST_GAP = java.util.regex.Pattern.compile("\\s*(?:,|and|&|,\\s*and)\\s*");

    /**
     * The country a training count belongs to: the country or place named last before it in its
     * sentence ("in Kyrgyzstan, 200 police officers"), unless that name ends a list ("Namibia, South
     * Africa and Zimbabwe ... 138 officers", a figure for them all); else the activity's one country.
     */
    private static String countryOfCount(Passage p, TrainingCount count, List<Entity> countries) {
        int sentence = TrainingCountFinder.sentenceStart(p.text(), count.start());
        List<Mention> before = p.mentions().stream()
                .filter(m -> m.entity().type() == EntityType.COUNTRY || m.entity().type() == EntityType.PLACE)
                .filter(m -> m.start() - p.start() >= sentence && m.end() - p.start() <= count.start())
                .toList();
        if (!before.isEmpty()) {
            Mention last = before.get(before.size() - 1);
            boolean endsList = before.size() > 1 && LIST_GAP.matcher(
                    p.text().substring(before.get(before.size() - 2).end() - p.start(), last.start() - p.start())).matches();
            if (!endsList)
                return last.entity().broader();
            return null;
        }
        return countries.size() == 1 ? countries.get(0).iri() : null;
    }

    private static void addOnce(List<Entity> list, Entity e) {
        if (list.stream().noneMatch(x -> x.iri().equals(e.iri())))
            list.add(e);
    }

    private static Optional<String> guid(PageLayout layout, Section field, List<String> warnings) {
        Optional<String> value = layout.field(field).map(String::strip);
        if (value.isPresent() && !GUID.matcher(value.get()).matches()) {
            warnings.add(layout.page().fileName() + ": " + field.heading() + " is not a GUID: " + value.get());
            return Optional.empty();
        }
        return value.map(v -> v.replaceAll("[{}]", "").toUpperCase(java.util.Locale.ROOT));
    }
}
