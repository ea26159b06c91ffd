package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * A rule whose whole reading is one pattern: each match names a partner or a programme. The name is
 * the pattern's group {@code name} where it has one (the words around it only say that it is a
 * name), else the whole match; its label is those words with their spaces folded, unless the rule
 * reads the label another way or finds that a match names nothing. The rules themselves are in
 * {@link PatternNameRules}. Found by pattern: the confidence of the pattern recognisers, below every
 * reference match. The pattern sees the text around the span searched, so that a look-behind at its
 * start reads the real text.
 */
final class PatternNameRecogniser implements Recogniser {
    private static final String NAME_GROUP = "name";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final EntityType type;
    private final Pattern pattern;
    private final BiFunction<MatchResult, String, Optional<String>> label;
    private final boolean grouped;
    private final IriMinter iris;
    private final String cue;

    /**
     * @param label the label a match gives, from the match and its name's words (spaces folded);
     *     empty where the match names nothing
     */
    PatternNameRecogniser(EntityType type, Pattern pattern, BiFunction<MatchResult, String, Optional<String>> label, IriMinter iris) {
        this(type, pattern, label, iris, null);
    }

    /** @param cue a word that every match holds ({@link Cue}), or null */
    PatternNameRecogniser(EntityType type, Pattern pattern, BiFunction<MatchResult, String, Optional<String>> label, IriMinter iris,
            String cue) {
        if (type != EntityType.PARTNER && type != EntityType.PROGRAMME)
            throw new IllegalArgumentException("a pattern names partners or programmes, not " + type);
        this.type = type;
        this.pattern = pattern;
        this.label = label;
        this.grouped = pattern.namedGroups().containsKey(NAME_GROUP);
        this.iris = iris;
        this.cue = cue;
    }

    /** A rule whose label is the name's own words. */
    PatternNameRecogniser(EntityType type, Pattern pattern, IriMinter iris) {
        this(type, pattern, iris, null);
    }

    /** A rule whose label is the name's own words, and whose every match holds {@code cue}. */
    PatternNameRecogniser(EntityType type, Pattern pattern, IriMinter iris, String cue) {
        this(type, pattern, (match, words) -> Optional.of(words), iris, cue);
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        if (cue != null && !Cue.within(text, from, to, cue))
            return found;
        Matcher m = pattern.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            int start = grouped ? m.start(NAME_GROUP) : m.start(), end = grouped ? m.end(NAME_GROUP) : m.end();
            Optional<String> read = label.apply(m, folded(text.substring(start, end)));
            if (read.isEmpty())
                continue;
            String name = folded(read.get());
            found.add(new Mention(Entity.foundByPattern(type, name, iris),
                    start, end, OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }

    private static String folded(String words) {
        return SPACES.matcher(words).replaceAll(" ");
    }
}
