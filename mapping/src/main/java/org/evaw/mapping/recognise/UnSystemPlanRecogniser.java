package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds the strategies and action plans of the UN system, which its entities carry out together
 * and report under, as programmes: "the UN System-wide Action Plan on Gender Equality and the
 * Empowerment of Women", "the Strategy of the United Nations on Mine Action 2013-2018" (its years
 * kept), "a System-Wide Action Plan on Youth" (the capitalised "System-wide" says whose without "UN").
 * The name must say it is the system's: a "United Nations Global … Strategy" or "Plan of
 * Action" that the General Assembly adopts is Member States' (as a "Programme of Action" or a
 * national action plan is), and its name alone does not tell it from the Secretary-General's own
 * ("the United Nations Strategy and Plan of Action on Hate Speech"), left unread. Found by pattern:
 * confidence below reference matches.
 */
public final class UnSystemPlanRecogniser implements Recogniser {
    private static final String WORD = "\\p{Lu}[\\p{L}'\u2019-]{0,30}";
    /** The complement: "on Hate Speech", "on Gender Equality and the Empowerment of Women", "on Mine Action 2013-2018". */
    private static final String COMPLEMENT = "(?:\\s{1,3}(?:on|for|to)\\s{1,3}(?:the\\s{1,3})?" + WORD
            + "(?:\\s{1,3}(?:(?:and|of|for|on|in|to|against)\\s{1,3}(?:the\\s{1,3})?)?" + WORD + "){0,10}"
            + "(?:\\s{1,3}(?:19|20)\\d\\d\\s{0,2}[-\u2013]\\s{0,2}(?:19|20)?\\d\\d)?)?";
    private static final String HEAD = "(?:Strategy(?:\\s{1,3}and\\s{1,3}(?:Plan\\s{1,3}of\\s{1,3}Action|Action\\s{1,3}Plan))?"
            + "|Action\\s{1,3}Plan|Plan\\s{1,3}of\\s{1,3}Action)";
    private static final Pattern PLAN = Pattern.compile(
            "\\b(?:(?:(?:United\\s{1,3}Nations|UN)(?:\\s{1,3}[Ss]ystem)?(?:\\s{1,3}|-)(?:[Ss]ystem-wide|Inter-Agency|Interagency)|System-[Ww]ide)"
                    + "(?:\\s{1,3}" + WORD + "){0,2}?\\s{1,3}" + HEAD
                    + "|Strategy\\s{1,3}of\\s{1,3}the\\s{1,3}United\\s{1,3}Nations)" + COMPLEMENT);

    private final IriMinter iris;

    public UnSystemPlanRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        if (!Triggers.anyIgnoringCase(text, from, to, "strategy", "plan"))
            return found;
        Matcher m = PLAN.matcher(text).region(from, to);
        while (m.find()) {
            // "the Strategy of the United Nations" needs its complement: alone it names no plan.
            if (m.group().startsWith("Strategy of") && !m.group().contains(" on ") && !m.group().contains(" for "))
                continue;
            String label = m.group().replaceAll("\\s+", " ");
            Entity e = Entity.foundByPattern(EntityType.PROGRAMME, label, iris);
            found.add(new Mention(e, m.start(), m.end(), OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }
}
