package org.evaw.mapping.recognise;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The organisation a unit belongs to, named right after the unit: "the Bureau of Population, Refugees
 * and Migration (PRM) of the U.S. Department of State", "l'Office to Monitor and Combat Trafficking in
 * Persons du Département d'État". The unit is the partner that takes part in the work; its
 * organisation is named there only to say whose unit it is, inside one name, as "the Legal Aid
 * Department of the Ministry of Justice" is one partner. So is the organisation named before its unit with
 * the possessive: "the U.S. Department of State's Bureau of International Narcotics and Law Enforcement
 * Affairs". Only that mention goes: the organisation named anywhere else in the text ("funded by the
 * Department of State") is still a partner.
 */
final class UnitParents {
    /** The unit's head, its first word or the word before its complement: "Bureau of …", "… Affairs Office", "Oficina de …", "Directorate-General for …". */
    private static final Pattern UNIT = Pattern.compile(
            "(?:^|.*\\s)(?:Bureau|Office|Department|Directorate|Directorate-General|Service|Division|Unit|Section|Oficina|Dirección|Direção|Direction|Unidad|Unité"
                    + "|Departamento|Département|Divisão|División)(?:\\s.*|$)");
    /** Between the unit and its organisation: perhaps the unit's acronym, then "of the" or its Romance forms. */
    private static final Pattern OF_THE = Pattern.compile(
            "(?:\\s{0,2}\\(\\s?[\\p{L}/&.-]{2,15}\\s?\\))?\\s{1,3}(?:of\\s{1,3}(?:the\\s{1,3})?|du|del|de\\s{1,3}la|de\\s{1,3}l['\u2019]|da|do)\\s{0,3}");

    /** Between the organisation and its unit: the possessive. */
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\s{1,3}");

    private UnitParents() {}

    /**
     * Whether {@code m}, a partner, is named only as the organisation of a unit that ends right before
     * it: {@code partnersByEnd} holds the block's partners by where they end, so only those ending in
     * the few characters before {@code m} are looked at (the unit, or its acronym in brackets after it).
     */
    static boolean ofAUnitBefore(String text, java.util.NavigableMap<Integer, Mention> partnersByEnd, Mention m) {
        if (m.entity().type() != EntityType.PARTNER)
            return false;
        for (Mention unit : partnersByEnd.subMap(m.start() - 24, true, m.start(), true).values())
            if (unit != m && UNIT.matcher(text.substring(unit.start(), unit.end())).matches()
                    && OF_THE.matcher(text).region(unit.end(), m.start()).matches())
                return true;
        return false;
    }

    /**
     * Whether {@code m}, a partner, is named only as the owner of a unit that follows it with the possessive: "the
     * Department of State's Bureau of …". {@code partnersByStart} holds the block's partners by where they start.
     */
    static boolean ofAUnitAfter(String text, java.util.NavigableMap<Integer, Mention> partnersByStart, Mention m) {
        if (m.entity().type() != EntityType.PARTNER)
            return false;
        for (Mention unit : partnersByStart.subMap(m.end() + 3, true, m.end() + 5, true).values())
            if (UNIT.matcher(text.substring(unit.start(), unit.end())).matches()
                    && POSSESSIVE.matcher(text).region(m.end(), unit.start()).matches())
                return true;
        return false;
    }
}
