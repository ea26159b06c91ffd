package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Tells a fund that is an organisation from a fund that is a programme. Development finance
 * institutions ("the Nordic Development Fund", "the Kuwait Fund for Arab Economic Development")
 * and women's and children's funds ("the Global Fund for Girls", "the Mekong Women's Fund") are
 * grant-making organisations with boards and staff: partners. A trust fund, a pooled or
 * multi-partner fund, the UN's funds and an initiative's fund are money a programme manages, and
 * stay programmes.
 */
final class FundOrganisations {
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?:\\bDevelopment\\s+Fund|\\bFund\\s+for\\s+(?:\\p{Lu}\\p{L}+\\s+){0,3}Development|\\bFund\\s+for\\s+(?:Women|Girls)\\b.*"
                    + "|\\b(?:Women|Girls|Children)['\u2019]s?\\s+(?:Development\\s+)?Fund"
                    // "the Rodnik Social Fund", "the Public Fund \"Asteria\"": Central Asia's registered NGOs are public or social funds.
                    + "|\\b(?:Public|Social)\\s+Fund\\b.*"
                    // "el Fondo Mundial", "le Fonds mondial": the Global Fund to Fight AIDS, Tuberculosis and Malaria, by its short name.
                    + "|^(?:Fondo|Fonds|Fundo)\\s+(?:Mundial|mondial|Global))$");
    private static final Pattern MANAGED_MONEY = Pattern.compile(
            "\\b(?:Trust|Multi-?\\s?Partner|Pooled|Joint|Humanitarian|Peacebuilding|Initiative|Facility|Emergency|Window|"
                    + "United\\s+Nations|UN|Nations\\s+Unies|Naciones\\s+Unidas)\\b");

    private FundOrganisations() {}

    /** Whether a programme's name is a fund's that is an organisation. */
    static boolean isOrganisation(String name) {
        return ORGANISATION.matcher(name).find() && !MANAGED_MONEY.matcher(name).find();
    }

    /** {@code found} with each programme whose name is an organisation's fund made a partner. */
    static List<Mention> retyped(List<Mention> found, IriMinter iris) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            Entity e = m.entity();
            if (e.type() == EntityType.PROGRAMME && isOrganisation(e.label()))
                out.add(new Mention(new Entity(EntityType.PARTNER, iris.entity("partner", e.label()), e.label(), e.code(), null, false),
                        m.start(), m.end(), m.confidence()));
            else
                out.add(m);
        }
        return out;
    }
}
