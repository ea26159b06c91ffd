package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * A programme's name does not run on into the name of whoever runs it: "the Aurora Programme of the
 * Ministry of Women and Vulnerable Populations" is the Aurora Programme (the ministry's), "the Police
 * Strengthening Programme of New Zealand" the Police Strengthening Programme. The head-noun patterns
 * read "of …" as the name's complement, as it is in "the Programme of Assistance to the Palestinian
 * People"; the complement is an owner when it opens with a country or a partner the reference data
 * knows, or with the head of an organisation's name ("Ministry", "Government"). A programme of a
 * programme ("the Latin America Regional Programme of the Spotlight Initiative") and one of a UN
 * entity ("the Multi-Partner Trust Fund of UN Action …") keep their complement: the one is a branch,
 * the other a proper name. The name before "of" must say more than a generic or a theme ("the Joint
 * Programme of the Government of …" stays whole), as {@link LowercaseHeadProgrammeRecogniser#names} judges.
 */
final class ProgrammeOwnerComplements {
    /** A programme's head, then "of" and perhaps "the", where an owner may follow. */
    private static final Pattern HEAD_OF = Pattern.compile(
            "\\b(?<head>Programme|Program|Initiative|Project|Campaign|Facility|Course)\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{N}]+)*");

    private ProgrammeOwnerComplements() {}

    /** {@code found} with each programme whose complement names its owner cut before "of". */
    static List<Mention> trimmed(String text, List<Mention> found, Map<Integer, Mention> referenceByStart, IriMinter iris) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            int cut = m.entity().type() == EntityType.PROGRAMME ? ownerCut(text, m, referenceByStart) : -1;
            if (cut < 0) {
                out.add(m);
                continue;
            }
            String label = text.substring(m.start(), cut).replaceAll("\\s+", " ");
            out.add(new Mention(Entity.foundByPattern(EntityType.PROGRAMME, label, iris), m.start(), cut, m.confidence()));
        }
        return out;
    }

    /** Where the name ends before an owner's complement ("… Programme| of the Ministry …"), or -1. */
    private static int ownerCut(String text, Mention m, Map<Integer, Mention> referenceByStart) {
        Matcher of = HEAD_OF.matcher(text).region(m.start(), m.end());
        while (of.find()) {
            if (of.end() >= m.end())
                continue;
            Mention known = referenceByStart.get(of.end());
            boolean byAgency = known != null && known.entity().type() == EntityType.AGENCY;
            if (!byAgency && !owner(text, of.end(), m.end(), referenceByStart))
                continue;
            String before = text.substring(m.start(), of.start()).strip();
            List<String> words = new ArrayList<>();
            Matcher w = WORD.matcher(before);
            while (w.find())
                words.add(w.group());
            if (byAgency ? LowercaseHeadProgrammeRecogniser.namesWithThemes(words) : LowercaseHeadProgrammeRecogniser.names(words))
                return of.end("head");
        }
        return -1;
    }

    /** Whether the complement at {@code at} names a country, a known partner or an organisation by its head noun. */
    private static boolean owner(String text, int at, int end, Map<Integer, Mention> referenceByStart) {
        Mention known = referenceByStart.get(at);
        if (known != null) {
            EntityType type = known.entity().type();
            return type == EntityType.COUNTRY || type == EntityType.PARTNER;
        }
        Matcher w = WORD.matcher(text).region(at, end);
        return w.lookingAt() && OWNER_HEADS.contains(w.group());
    }

    /** Heads that open an owner's name after "of the": the state and its organs. */
    private static final java.util.Set<String> OWNER_HEADS = java.util.Set.of(
            "Ministry", "Government", "Department", "Secretariat", "Municipality", "Office", "Police", "Embassy", "Presidency");
}
