package org.evaw.mapping.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.evaw.mapping.classify.Classifier;
import org.evaw.mapping.page.Block;
import org.evaw.mapping.page.BlockKind;
import org.evaw.mapping.page.DatedEntry;
import org.evaw.mapping.page.PageForm;
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
 * Reads a document's layout and the mentions in it into a {@link DocumentAnalysis}: which agency
 * the document is about, what each activity links and what its words say it is about, what the
 * policy framework cites. Inventory paragraphs are read as entries ({@link EntryActivityReader}),
 * prose paragraphs sentence group by sentence group ({@link ProseActivityReader}); each activity is
 * then classified from its own words by a {@link Classifier}.
 */
public final class DocumentAnalyser {
    private static final Pattern GUID = Pattern.compile("\\{?[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}\\}?");

    /** Far more than a paragraph repeats one name; the words of every fact stay annotated. */
    static final int MAX_MENTIONS_PER_ENTITY = 16;

    private final Recognisers recognisers;
    private final Classifier classifier;

    /** An analyser that recognises names with {@code recognisers} and classifies each activity with {@code classifier}. */
    public DocumentAnalyser(Recognisers recognisers, Classifier classifier) {
        this.recognisers = recognisers;
        this.classifier = classifier;
    }

    /** Never refuses text; the exception is kept for callers written when pages without structure were refused. */
    public DocumentAnalysis analyse(SourcePage page) throws PageFormatException {
        PageLayout layout = PageParser.parse(page);
        List<String> warnings = new ArrayList<>();
        if (layout.blocks().isEmpty())
            warnings.add(page.fileName() + ": no text: the document is recorded, with nothing read from it");
        List<Passage> passages = new ArrayList<>();
        Map<Passage, SentenceGroup> groups = new IdentityHashMap<>();
        List<Block> read = new ArrayList<>();
        List<List<Mention>> found = new ArrayList<>();
        for (Block block : layout.blocks()) {
            if (!block.kind().carriesFacts())
                continue;
            read.add(block);
            found.add(capped(recognisers.find(page.text(), block.start(), block.end())));
        }
        // A learnt name is the entity a rule found for it elsewhere in the document, if any.
        found = Recognisers.joinedAcrossTheDocument(page.text(), found);
        for (int b = 0; b < read.size(); b++) {
            Block block = read.get(b);
            List<Mention> mentions = found.get(b);
            if (block.kind() == BlockKind.PARAGRAPH) {
                for (SentenceGroup g : SentenceGroups.of(block, page.text(), mentions)) {
                    passages.add(g.passage());
                    groups.put(g.passage(), g);
                }
            } else {
                passages.add(new Passage(block, block.text(page), mentions));
            }
        }
        Entity agency = pageAgency(passages);
        if (agency == null && !layout.blocks().isEmpty())
            warnings.add(page.fileName() + ": no UN agency recognised as the document's subject");

        Map<DatedEntry, Entity> entryAgencies = new HashMap<>();
        for (Passage p : passages) {
            if (p.block().kind() == BlockKind.ENTRY_HEADER)
                agencies(p).findFirst().ifPresent(a -> entryAgencies.put(p.block().entry(), a));
        }
        ActivityReader entries = new EntryActivityReader(entryAgencies);
        ActivityReader prose = new ProseActivityReader(groups, layout.form() == PageForm.PROSE, titleDate(layout));

        Set<Block> resourceTitles = resourceTitles(layout);
        List<Passage> policy = passages.stream().filter(p -> p.block().kind() == BlockKind.POLICY).toList();
        List<Activity> activities = new ArrayList<>();
        List<Publication> publications = new ArrayList<>();
        List<Period> periods = new ArrayList<>();
        Entity subject = agency;
        for (Passage p : passages) {
            Optional<Activity> activity = Optional.empty();
            switch (p.block().kind()) {
                case ACTIVITY -> activity = entries.read(activities.size() + 1, p, agency);
                case PARAGRAPH -> activity = prose.read(activities.size() + 1, p, subject);
                // The paragraphs under a heading that names an agency are that agency's.
                case PROSE_HEADING -> subject = agencies(p).findFirst().orElse(agency);
                case LIST_ITEM -> publications.add(PublicationFinder.ofListItem(p));
                case ENTRY_HEADER -> addPeriod(periods, Period.of(p.block().entry()));
                default -> { }
            }
            // Only an activity's own words say what it is about: never a profile, a title, an address or
            // the title of a resource.
            activity = activity.map(a -> resourceTitles.contains(a.passage().block()) ? a : a.classified(
                    classifier.classify(page.text(), a.passage().start(), a.passage().end(), a.passage().mentions())));
            activity.ifPresent(a -> {
                activities.add(a);
                publications.addAll(a.publications());
                if (a.period() != null && a.passage().block().kind() == BlockKind.PARAGRAPH)
                    addPeriod(periods, a.period());
            });
        }
        return new DocumentAnalysis(layout, agency, guid(layout, Section.ITEM_ID, warnings),
                guid(layout, Section.UN_AGENCY_ID, warnings), List.copyOf(passages), policy,
                List.copyOf(activities), List.copyOf(publications), List.copyOf(periods), List.copyOf(warnings));
    }

    /** The first date phrase of a prose page's title line ("…, 8 March 2021"): a speech's or statement's date; null if none. */
    private static Period titleDate(PageLayout layout) {
        if (layout.form() != PageForm.PROSE)
            return null;
        return layout.title().map(t -> DatePhrases.find(layout.page().text(), t.start(), t.end()))
                .filter(dates -> !dates.isEmpty()).map(dates -> dates.get(0)).orElse(null);
    }

    /**
     * The lines under Resources that come before any web address there: titles of the agency's
     * resources, which the mapper keeps as activities (a page may list reported work there), but
     * whose words say what the publications are about, not what the work was. The inventory lists
     * reported activities after the web addresses.
     */
    private static Set<Block> resourceTitles(PageLayout layout) {
        Set<Block> titles = new HashSet<>();
        String section = null;
        boolean pointer = false;
        for (Block b : layout.blocks()) {
            if (!Objects.equals(section, b.section())) {
                section = b.section();
                pointer = false;
            }
            pointer |= b.kind() == BlockKind.RESOURCE;
            if (b.kind() == BlockKind.ACTIVITY && b.entry() == null && !pointer && Section.RESOURCES.heading().equals(section))
                titles.add(b);
        }
        return titles;
    }

    /**
     * The mentions of a block, keeping no more than {@link #MAX_MENTIONS_PER_ENTITY} of any one
     * entity: a name repeated a million times is one fact, and its RDF stays bounded.
     */
    private static List<Mention> capped(List<Mention> mentions) {
        Map<String, Integer> seen = new HashMap<>();
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (seen.merge(m.entity().iri(), 1, Integer::sum) <= MAX_MENTIONS_PER_ENTITY)
                kept.add(m);
        }
        return kept.size() == mentions.size() ? mentions : kept;
    }

    private static void addPeriod(List<Period> periods, Period period) {
        // A page has a few distinct periods: the scan stays short however many entries repeat them.
        if (periods.stream().noneMatch(period::sameSpan))
            periods.add(period);
    }

    /**
     * The agency a document is about: the one its title names, else its "Title" or "Icon" field,
     * else the one its dated entries name, else the one it names most often (the first of equals).
     */
    private static Entity pageAgency(List<Passage> passages) {
        for (Passage p : passages) {
            if (p.block().kind() == BlockKind.TITLE) {
                Optional<Entity> first = agencies(p).findFirst();
                if (first.isPresent())
                    return first.get();
            }
        }
        for (Passage p : passages) {
            if (p.block().kind() == BlockKind.FIELD_VALUE && (Section.TITLE.heading().equals(p.block().section())
                    || Section.ICON.heading().equals(p.block().section()))) {
                Optional<Entity> first = agencies(p).findFirst();
                if (first.isPresent())
                    return first.get();
            }
        }
        for (Passage p : passages) {
            if (p.block().kind() == BlockKind.ENTRY_HEADER) {
                Optional<Entity> first = agencies(p).findFirst();
                if (first.isPresent())
                    return first.get();
            }
        }
        Map<Entity, Long> counts = passages.stream().flatMap(DocumentAnalyser::agencies)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static Stream<Entity> agencies(Passage p) {
        return p.mentions().stream().map(Mention::entity).filter(e -> e.type() == EntityType.AGENCY);
    }

    private static Optional<String> guid(PageLayout layout, Section field, List<String> warnings) {
        Optional<String> value = layout.field(field).map(String::strip);
        if (value.isPresent() && !GUID.matcher(value.get()).matches()) {
            warnings.add(layout.page().fileName() + ": " + field.heading() + " is not a GUID: " + value.get());
            return Optional.empty();
        }
        return value.map(v -> v.replaceAll("[{}]", "").toUpperCase(Locale.ROOT));
    }
}
