package org.evaw.mapping.recognise;

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
    /** Up to three capitalised words of a place or region ("Fiji", "Asia-Pacific", "Latin America and the Caribbean"). */
    private static final Pattern UN_OFFICE = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}-]+\\s){0,3}(?:Multi-Country\\s|Multi-country\\s|Sub-?[Rr]egional\\s)?"
                    + "(?:Regional\\sBureau|Country\\sOffice|Regional\\sOffice|Sub-Office|Field\\sOffice|Liaison\\sOffice|Multi-Country\\sOffice)"
                    + "(?:\\sfor\\s.{1,80})?");
    /** Words that make the words before the office type an organisation's name, not a place's. */
    private static final Pattern ORGANISATION_WORD = Pattern.compile(
            "\\b(?:Cooperation|Coopération|Cooperación|Agency|Embassy|Government|Ministry|Red|Crescent|Cross|Foundation|Bank|Council|Union)\\b");

    /** An organisation's acronym before the office type names whose office it is: "the DSWD Field Office". */
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,}\\b");

    private UnOfficeNames() {}

    /** Whether a partner's name is a UN entity's office named by its type. */
    static boolean isUnOffice(String label) {
        if (!UN_OFFICE.matcher(label).matches())
            return false;
        int type = label.indexOf(" Office");
        int bureau = label.indexOf("Regional Bureau");
        int end = Math.max(0, Math.min(type < 0 ? label.length() : type, bureau < 0 ? label.length() : bureau));
        String before = label.substring(0, end);
        return !ORGANISATION_WORD.matcher(before).find() && !ACRONYM.matcher(before).find();
    }
}
