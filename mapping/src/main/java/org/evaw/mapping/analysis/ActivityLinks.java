package org.evaw.mapping.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.evaw.mapping.recognise.Entity;
import org.evaw.mapping.recognise.EntityType;
import org.evaw.mapping.recognise.Mention;

/**
 * What an activity links to, read from the mentions of its passage once its lead agency is known:
 * every other organisation named (UN entities included) is a partner; countries, places,
 * programmes, cited instruments and referenced documents as named; the people it trained and the
 * publications it produced.
 */
final class ActivityLinks {
    private static final Pattern LIST_GAP = Pattern.compile("\\s{0,3}(?:,|and|&|,\\s{0,3}and)\\s{0,3}");

    private ActivityLinks() {}

    static Activity activity(int ordinal, Passage p, Entity lead, Period period) {
        Links partners = new Links();
        Links countries = new Links();
        Links places = new Links();
        Links programmes = new Links();
        Links cites = new Links();
        Links references = new Links();
        for (Mention m : p.mentions()) {
            Entity e = m.entity();
            switch (e.type()) {
                case AGENCY, PARTNER -> { if (!e.equals(lead)) partners.add(e); }
                case COUNTRY -> countries.add(e);
                case PLACE -> places.add(e);
                case PROGRAMME -> programmes.add(e);
                case RESOLUTION, INSTRUMENT -> cites.add(e);
                case UN_DOCUMENT -> references.add(e);
                default -> { }
            }
        }
        List<TrainingCount> trained = TrainingCountFinder.find(p.text(), 0, p.text().length()).stream()
                .map(c -> c.in(countryOfCount(p, c, countries.list))).toList();
        return new Activity(ordinal, p, lead, partners.list, countries.list, places.list, programmes.list, cites.list,
                references.list, trained, PublicationFinder.inText(p), period, List.of());
    }

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

    /** Distinct entities in the order first named. */
    private static final class Links {
        final List<Entity> list = new ArrayList<>();
        final Set<String> iris = new HashSet<>();

        void add(Entity e) {
            if (iris.add(e.iri()))
                list.add(e);
        }
    }
}
