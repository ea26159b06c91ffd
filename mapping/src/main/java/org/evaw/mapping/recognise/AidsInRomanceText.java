package org.evaw.mapping.recognise;

import java.util.regex.Pattern;

/**
 * Tells Sweden's development agency (Sida, also written "SIDA") from AIDS, which French, Spanish
 * and Portuguese call "sida" and write "SIDA" or "Sida" too: "el Consejo Nacional para el VIH y el
 * Sida", "la Dirección General de Control de las Infecciones de Transmisión Sexual y SIDA", "la
 * lutte contre le sida". After HIV's Romance acronym, or after a Romance article or preposition,
 * the word is the disease: English text writes "Sida" bare or after English words ("from Sida",
 * "and SIDA"). A glance at the few characters before the mention, so the cost is constant.
 */
final class AidsInRomanceText {
    /** The agency's reference IRI ends so: the one name the rule is about. */
    private static final String AGENCY = "/partner/sida";
    private static final Pattern BEFORE = Pattern.compile(
            "(?:\\b(?:VIH|VHI)(?:\\s{1,3}(?:y|et|e)(?:\\s{1,3}(?:el|le|la|o))?)?\\s{1,3}|\\b(?:VIH|VHI)\\s?/\\s?"
                    + "|\\b(?:el|le|la|del|du|au|al|do|da|o|y|et|e|contra|contre|sur|sobre)\\s{1,3})$");

    private AidsInRomanceText() {}

    /** Whether the mention is the agency's name standing for AIDS in a Romance language. */
    static boolean isAids(String text, Mention m) {
        if (m.entity().iri() == null || !m.entity().iri().endsWith(AGENCY))
            return false;
        return BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find();
    }
}
