package org.evaw.mapping.learn;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.recognise.Recogniser;

/**
 * How names of partners and programmes are found: by the rules alone (reference data and patterns),
 * or by the rules with the shipped learnt model filling the gaps they leave. The command line's
 * {@code --recogniser} chooses; {@link #DEFAULT} is what the held-out measures of EVALUATION.md
 * (Session 28) support.
 */
public enum NameRecognition {
    RULES("rules"),
    RULES_AND_LEARNT("rules+learnt");

    /**
     * The rules with the learnt names: on text neither had seen (session 28: six development rounds and two test
     * batches written after the model was trained, and the 84-document test split) they raise programmes, partners and
     * overall F1, which was the rule for switching them on (EVALUATION.md, "Session 28: the learnt names on by default").
     */
    public static final NameRecognition DEFAULT = RULES_AND_LEARNT;

    private final String option;

    NameRecognition(String option) {
        this.option = option;
    }

    /** The name the command line gives it. */
    public String option() { return option; }

    /** The option's name, as help prints the default. */
    @Override
    public String toString() { return option; }

    /** The learnt recogniser this choice adds to the rules, or {@code null} for none. */
    public Recogniser learnt(IriMinter iris) {
        return this == RULES ? null : new LearntNameRecogniser(NameModel.bundled(), iris);
    }

    /** The choice named {@code option}; an unknown name is refused with the names there are. */
    public static NameRecognition of(String option) {
        return Arrays.stream(values()).filter(v -> v.option.equals(option)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown recogniser '" + option + "': one of "
                        + Arrays.stream(values()).map(NameRecognition::option).collect(Collectors.joining(", "))));
    }
}
