package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds programmes that text names in quotes beside the word for what they are: "the ‘Safe Cities’
 * programme", "the “Orange the World” campaign", "a project called “Voices against Violence”".
 * The name is the quoted words, with the head noun when the text capitalises it as part of the name
 * ("the “Safe Cities” Programme"). Found by pattern: confidence below reference matches.
 */
public final class QuotedProgrammeRecogniser implements Recogniser {
    private static final String HEAD = "(programme|program|initiative|campaign|project|fund|partnership|network)";
    /** Quoted words; a right single quote followed by a letter is an apostrophe inside them. */
    private static final String QUOTED = "[\"\u201C\u2018']((?:[^\"\u201C\u201D\u2018\u2019'\\n]|[\u2019'](?=\\p{L})){2,100})(?:[\"\u201D]|[\u2019'](?!\\p{L}))";
    private static final Pattern QUOTE_THEN_HEAD = Pattern.compile(QUOTED + "\\s{0,2}(?i:" + HEAD + ")\\b");
    /** A quoted name that holds its own head noun: "“Because I am a Girl Urban Programme”". */
    private static final Pattern QUOTED_WITH_HEAD = Pattern.compile(
            "[\"\u201C\u2018']((?:[^\"\u201C\u201D\u2018\u2019'\\n]|[\u2019'](?=\\p{L})){0,100}\\s(?:Programme|Program|Initiative|Campaign|Project|Fund|Partnership))(?:[\"\u201D]|[\u2019'](?!\\p{L}))");
    private static final Pattern HEAD_THEN_QUOTE = Pattern.compile(
            "\\b(?i:" + HEAD + ")\\s{1,3}(?:(?i:called|entitled|titled|named|dubbed|known\\sas)\\s{1,3})?" + QUOTED);

    private final IriMinter iris;

    public QuotedProgrammeRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = QUOTE_THEN_HEAD.matcher(text).region(from, to);
        while (m.find()) {
            String head = m.group(2);
            String name = m.group(1).strip() + (Character.isUpperCase(head.charAt(0)) ? " " + head : "");
            add(found, name, m.start(), m.end());
        }
        Matcher q = QUOTED_WITH_HEAD.matcher(text).region(from, to);
        while (q.find())
            add(found, q.group(1).strip(), q.start(), q.end());
        Matcher h = HEAD_THEN_QUOTE.matcher(text).region(from, to);
        while (h.find())
            add(found, h.group(2).strip(), h.start(2) - 1, h.end());
        // The two patterns may find one name twice: keep the first of overlapping finds.
        found.sort(java.util.Comparator.comparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Mention m2 : found) {
            if (m2.start() >= lastEnd) {
                kept.add(m2);
                lastEnd = m2.end();
            }
        }
        return kept;
    }

    private void add(List<Mention> found, String name, int start, int end) {
        if (name.isEmpty() || !Character.isLetterOrDigit(name.codePointAt(0)))
            return;
        String label = name.replaceAll("\\s+", " ");
        Entity e = new Entity(EntityType.PROGRAMME, iris.entity("programme", label), label, null, null, false);
        found.add(new Mention(e, start, end, OrganisationPatternRecogniser.CONFIDENCE));
    }
}
