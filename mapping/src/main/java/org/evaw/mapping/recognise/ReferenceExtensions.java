package org.evaw.mapping.recognise;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The step that reads a reference-data match on over the words after it, shared by the rules that
 * find a longer name there ({@link OrganisationMissions}, {@link KnownNameMembers}, {@link CountryMemberNames},
 * {@link ProgrammeBranches}, {@link ProgrammeComplements}): each mention of one type that ends
 * before the end of the text searched is offered to the rule, and replaced, in place, by the
 * longer mention the rule gives for it.
 */
final class ReferenceExtensions {
    private ReferenceExtensions() {}

    /**
     * Replaces in {@code mentions} each mention of {@code type} that ends before {@code to} by what
     * {@code extension} gives for it, and leaves it where that is empty. The list is changed in
     * place: an extension replaces a mention by one that starts where it starts, so a rule that
     * reads the list while it runs sees the same starts.
     */
    static void extend(List<Mention> mentions, EntityType type, int to, Function<Mention, Optional<Mention>> extension) {
        mentions.replaceAll(m -> m.entity().type() == type && m.end() < to ? extension.apply(m).orElse(m) : m);
    }
}
