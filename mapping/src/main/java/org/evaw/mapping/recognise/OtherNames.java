package org.evaw.mapping.recognise;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a name to the name it was known by before or after, when the text says so right after
 * it: "the World Tourism Network on Child Protection, first set up as the Task Force for the
 * Protection of Children in Tourism", "the Gender Equality Network (formerly the Gender Forum)",
 * "X, which became Y"; or gives it in quotes in brackets right after it, its short name: "the Global
 * Safe Harbours Programme (“Harbours Programme”)". Both names are one organisation or programme, so
 * the second mention takes the first's entity instead of counting as another.
 */
final class OtherNames {
    /** What stands between a name and its other name: a comma or bracket, then the words that say so. */
    private static final Pattern BETWEEN = Pattern.compile(
            "\\s{0,3}[,(]\\s{0,3}(?:(?:which|that)\\s{1,3})?(?:(?:first|originally|initially|previously|formerly|later|since)\\s{1,3})?"
                    + "(?:(?:set\\s{1,3}up|established|created|launched|founded|known|called|named|renamed|re-named)\\s{1,3}as\\s{1,3}"
                    + "|(?:formerly|previously|became|renamed|now)\\s{1,3}(?:(?:known\\s{1,3}as|called|named)\\s{1,3})?)"
                    + "(?:the\\s{1,3})?");

    /** A bracket that opens right after a name, before a quoted name: "X (“Y”)". */
    private static final Pattern BRACKET = Pattern.compile("\\s{0,3}\\(\\s{0,3}");

    private OtherNames() {
    }

    /** The mentions in text order, each other name given its first name's entity. Linear in the mentions. */
    static List<Mention> joined(String text, List<Mention> sorted) {
        Mention previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            EntityType type = m.entity().type();
            if (type != EntityType.PARTNER && type != EntityType.PROGRAMME)
                continue;
            if (previous != null && previous.entity().type() == type && previous.end() <= m.start()
                    && m.start() - previous.end() <= 60 && !m.entity().inReference()
                    && (BETWEEN.matcher(text.substring(previous.end(), m.start())).matches() || quotedInBrackets(text, previous, m))) {
                // A quoted other name is the words inside the quotes: they are the name the text gives.
                boolean quoted = quotedInBrackets(text, previous, m);
                int end = quoted && m.end() - m.start() > 2 && !Character.isLetterOrDigit(text.charAt(m.end() - 1)) ? m.end() - 1 : m.end();
                sorted.set(i, new Mention(previous.entity(), quoted ? m.start() + 1 : m.start(), end, m.confidence()));
                continue;
            }
            previous = m;
        }
        return sorted;
    }

    private static boolean quotedInBrackets(String text, Mention previous, Mention m) {
        char first = text.charAt(m.start());
        return (first == '"' || first == '\u201C' || first == '\u2018' || first == '\'' || first == '\u00AB')
                && BRACKET.matcher(text.substring(previous.end(), m.start())).matches();
    }
}
