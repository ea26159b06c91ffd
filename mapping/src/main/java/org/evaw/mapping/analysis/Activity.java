package org.evaw.mapping.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evaw.mapping.recognise.Entity;
import org.evaw.mapping.recognise.EntityType;
import org.evaw.mapping.recognise.Mention;

/**
 * One reported action of a page: the passage that reports it, the agency that leads it, what it
 * names (partners, countries, places, programmes, cited instruments, referenced UN documents), the
 * people it trained, the publications it produced and when it took place (null if the text does
 * not say), and what its words say it is about and what kind of work it is: {@code classifications},
 * mentions of concepts of the two schemes (offsets into the page text, like any mention), sorted
 * by start. {@code ordinal} numbers the page's activities from 1, in page order. Training count
 * offsets are relative to the passage text.
 */
public record Activity(int ordinal, Passage passage, Entity leadAgency, List<Entity> partners,
                       List<Entity> countries, List<Entity> places, List<Entity> programmes,
                       List<Entity> cites, List<Entity> references, List<TrainingCount> trained,
                       List<Publication> publications, Period period, List<Mention> classifications) {
    /** This activity with the given classifications. */
    public Activity classified(List<Mention> mentions) {
        return new Activity(ordinal, passage, leadAgency, partners, countries, places, programmes, cites, references,
                trained, publications, period, List.copyOf(mentions));
    }

    /** The forms of violence the activity addresses, each with the mentions that state it, in the order first stated. */
    public Map<Entity, List<Mention>> formsOfViolence() {
        return concepts(EntityType.FORM_OF_VIOLENCE);
    }

    /** The kinds of intervention the activity is, each with the mentions that state it, in the order first stated. */
    public Map<Entity, List<Mention>> interventionTypes() {
        return concepts(EntityType.INTERVENTION);
    }

    private Map<Entity, List<Mention>> concepts(EntityType type) {
        Map<Entity, List<Mention>> concepts = new LinkedHashMap<>();
        for (Mention m : classifications) {
            if (m.entity().type() == type)
                concepts.computeIfAbsent(m.entity(), e -> new ArrayList<>()).add(m);
        }
        return concepts;
    }
}
