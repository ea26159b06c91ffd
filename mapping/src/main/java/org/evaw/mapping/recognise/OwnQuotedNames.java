package org.evaw.mapping.recognise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation named by what it is and then, in quotes, by its own name, as text from Eastern
 * Europe and Central Asia writes NGOs' registered names: "the Legal Center of Women's Initiatives
 * \"Sana Sezim\"", "the Women's Advice Center \"Sakhli\"". The quote right after such a name is the
 * organisation's own name, not a programme's title, even where the name ends in a programme's word
 * ("Initiatives").
 */
final class OwnQuotedNames {
    /** Capitalised words, with the small words names join them by, right before the opening quote. */
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}\\p{N}'\u2019.&-]*\\s{1,2}(?:(?:of|for|on|and|de|des|du|la|del|da|do|dos|das|e|y|et)\\s{1,2})?){1,8}$");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'\u2019.&-]*");
    private static final int LOOK_BEHIND = 120;
    /**
     * A programme's head right after a closing quote, in English, French, Spanish or Portuguese: the quoted words are then
     * the programme's title ("the Centre “Safe Home” project"), not an organisation's own name.
     */
    static final String PROGRAMME_HEAD_AFTER =
            "\\s{0,2}(?i:programme|program|project|campaign|initiative|projet|proyecto|projeto|campagne|campa\u00f1a|programa)\\b";

    private OwnQuotedNames() {}

    /** Whether the quote opening at {@code at} follows an organisation's name: capitalised words, one of them an organisation's head. */
    static boolean afterOrganisationName(String text, int from, int at) {
        Matcher name = NAME_BEFORE.matcher(text).region(Math.max(from, at - LOOK_BEHIND), at);
        if (!name.find())
            return false;
        boolean organisation = false;
        String last = "";
        Matcher word = WORD.matcher(name.group());
        while (word.find()) {
            last = word.group();
            organisation |= OrganisationPatternRecogniser.isPartnerHead(last);
        }
        // "the Spain–UNDP Trust Fund “Towards …”": a name ending in a programme's head is the programme the title names.
        return organisation && !OrganisationPatternRecogniser.isProgrammeHead(last);
    }

    /** Whether a name holds the head noun of an organisation's or a programme's name among its words ("… Centre", "… Fund"). */
    static boolean hasHead(String label) {
        Matcher word = WORD.matcher(label);
        while (word.find()) {
            if (OrganisationPatternRecogniser.isHead(word.group()))
                return true;
        }
        return false;
    }
}
