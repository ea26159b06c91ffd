package org.evaw.mapping.recognise;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.evaw.mapping.iri.IriMinter;

/**
 * A programme whose name opens with its owner's acronym, written with no possessive: "the IOM
 * Development Fund", "the UNODC Global Programme against Trafficking", "the USAID Counter
 * Trafficking Project". The acronym is a known agency's or partner's, so the pattern's name
 * overlaps a reference name and would give way to it, and the programme be lost; here the
 * programme keeps its whole name, as the text writes it, and its owner stays a mention of its own.
 * Not when the acronym and a generic word make the whole name ("the UNDP Country Programme", "the
 * UN Joint Programme"): those name a kind of programme of the owner, not one programme.
 */
final class OwnerPrefixedProgrammes {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*");
    /**
     * Words that name a kind of programme, not one: with the owner and the head alone they make no
     * name. The pattern reader's words that alone make no programme's name, and a few more.
     */
    private static final Set<String> KIND_WORDS = Stream.concat(OrganisationPatternRecogniser.GENERIC_PROGRAMME_WORDS.stream(),
            Stream.of("Multi-Partner", "Thematic", "Flagship", "Sub-Regional", "Subregional", "Multi-Country", "Main")).collect(Collectors.toUnmodifiableSet());

    /** Small words inside a name's capitalised words. */
    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "for", "on", "against", "in", "to", "the", "&");

    private OwnerPrefixedProgrammes() {}

    /**
     * The programme {@code m}, found by pattern, if it opens with the acronym of a known agency or
     * partner and overlaps no other name ({@code named}: the mentions of named bodies, programmes,
     * instruments and resolutions); else null. A UN agency's fund read as an organisation ("the IOM
     * Development Fund", as "the Nordic Development Fund" is one) is the agency's programme.
     */
    static Mention owned(String text, Mention m, List<Mention> named, IriMinter iris) {
        EntityType type = m.entity().type();
        boolean fund = type == EntityType.PARTNER && m.entity().label().endsWith(" Fund");
        if (type != EntityType.PROGRAMME && !fund)
            return null;
        Mention owner = null;
        for (Mention n : named) {
            if (n.end() <= m.start() || n.start() >= m.end())
                continue;
            if (owner != null || n.start() != m.start() || n.end() >= m.end())
                return null;
            owner = n;
        }
        if (owner == null || owner.entity().type() != EntityType.AGENCY && (fund || owner.entity().type() != EntityType.PARTNER))
            return null;
        // An acronym as the reference data's matcher tells one: "IOM", "USAID", "UN-Habitat".
        if (!Gazetteer.isAcronymLike(text.substring(owner.start(), owner.end())))
            return null;
        // Between the owner and the head, capitalised words, one of them no kind of programme: "Development", "Counter".
        Matcher w = WORD.matcher(text).region(owner.end(), m.end());
        boolean specific = false;
        while (w.find()) {
            String word = w.group();
            if (OrganisationPatternRecogniser.isHead(word)) {
                // "the UNODC Global Programme against Trafficking": a complement makes the name one programme's.
                specific |= w.end() < m.end();
                break;
            }
            // "the USAID Dignity and Rights Project": small words join the capitalised ones.
            if (SMALL_WORDS.contains(word))
                continue;
            // "UNDP Pakistan's Rule of Law programme": a possessive between says whose the programme is; the owner is no word of it.
            // ("Women's" is a word of the name: "the UNITAR Women's Leadership Programme").
            boolean possessive = (word.endsWith("'s") || word.endsWith("\u2019s"))
                    && !LowercaseHeadProgrammeRecogniser.COMMON_POSSESSIVES.contains(word);
            if (!Character.isUpperCase(word.codePointAt(0)) || possessive)
                return null;
            specific |= !KIND_WORDS.contains(word);
        }
        if (!specific)
            return null;
        return fund ? new Mention(Entity.foundByPattern(EntityType.PROGRAMME, m.entity().label(), iris), m.start(), m.end(), m.confidence()) : m;
    }
}
