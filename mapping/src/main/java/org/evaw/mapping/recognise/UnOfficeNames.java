package org.evaw.mapping.recognise;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that are a UN entity's office under its office type alone, with at most a place or region
 * before it and whom it serves after it: "the Dakar Regional Bureau", "the Fiji Multi-Country
 * Office", "the Colombia Country Office", "UNODC's Regional Office for Southeast Asia and the
 * Pacific", "UNESCO's Asia-Pacific Regional Bureau for Education". UN texts name their own
 * entity's offices so, after the entity ("UNODC, through … the Regional Office for …") or with the
 * entity understood from the page; a partner's office carries its organisation's name ("the Swiss
 * Cooperation Office", "the ICRC Regional Delegation"), and a state's carries a head of its own
 * ("the Prime Minister's Office"), or its acronym ("the DSWD Field Office").
 */
final class UnOfficeNames {
    /** Up to three capitalised words of a place or region ("Fiji", "Asia-Pacific"), then the office type. */
    private static final Pattern UN_OFFICE = Pattern.compile(
            "(?<before>(?:\\p{Lu}[\\p{L}-]+\\s){0,3}(?:Multi-Country\\s|Multi-country\\s|Sub-?[Rr]egional\\s)?)"
                    + "(?:Regional\\sBureau|Country\\sOffice|Regional\\sOffice|Sub-Office|Field\\sOffice|Liaison\\sOffice|Multi-Country\\sOffice)"
                    + "(?:\\sfor\\s.{1,80})?");
    /** Words of organisations' names that are no head nouns: a donor's cooperation, the Red Cross and Red Crescent. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("Cooperation", "Coop\u00E9ration", "Cooperaci\u00F3n", "Red", "Crescent", "Cross");
    /** An organisation's acronym before the office type names whose office it is: "the DSWD Field Office". */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");

    private UnOfficeNames() {}

    /** Whether a partner's name is a UN entity's office named by its type. */
    static boolean isUnOffice(String label) {
        Matcher m = UN_OFFICE.matcher(label);
        if (!m.matches())
            return false;
        // An organisation's head noun ("Ministry", "Agency", "Bank"), word or acronym before the type makes it that organisation's.
        for (String w : m.group("before").split("\\s+"))
            if (OrganisationPatternRecogniser.isPartnerHead(w) || ORGANISATION_WORDS.contains(w) || ACRONYM.matcher(w).matches())
                return false;
        return true;
    }
}
