package org.evaw.mapping.learn;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Features of the run of capitalised words a token stands in, beyond the two-word window OpenNLP's
 * own generators see: the head noun the run holds after the token ("… Women and Vulnerable
 * Populations" before "Ministry" is far from it, "Coalition" at the end of "Global Coalition on
 * Women and AIDS" is five words on), the head noun it opened with, the run's last word (listed or
 * not) and whether the token ends the run, whether an acronym in brackets follows the run (where a
 * name is defined: "… Network (WMN)"), and the lowercase words just before the run ("in
 * partnership with", "funded by", "supported"), which say what kind of name follows; and for every
 * token, capitalised or not, whether it stands between quotation marks, where programmes' and
 * campaigns' names are quoted in sentence case. A run is capitalised words joined by short
 * lowercase words ("of", "for", "de", "and"); every scan stops after {@link #REACH} tokens, so the
 * features cost a constant per token.
 */
final class NameShapeFeatures implements AdaptiveFeatureGenerator {
    /** How far a scan looks: longer names exist, but their heads are nearer than this to most of their words. */
    static final int REACH = 10;

    private final Set<String> organisationHeads;
    private final Set<String> programmeHeads;
    private final Set<String> joiners;

    NameShapeFeatures(Set<String> organisationHeads, Set<String> programmeHeads, Set<String> joiners) {
        this.organisationHeads = organisationHeads;
        this.programmeHeads = programmeHeads;
        this.joiners = joiners;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        // Quoted names keep their lowercase words: "Safe and fair", "Ni una menos".
        features.add("nsf.quoted=" + quoted(tokens, index));
        if (!capitalised(tokens[index]) && !joiners.contains(lower(tokens[index])))
            return;
        int start = index;
        while (start > 0 && index - start < REACH && inRun(tokens, start - 1))
            start--;
        while (start < index && !capitalised(tokens[start]))
            start++;
        int end = index;
        while (end + 1 < tokens.length && end + 1 - index < REACH && inRun(tokens, end + 1))
            end++;
        while (end > index && !capitalised(tokens[end]))
            end--;
        features.add("nsf.head-after=" + headAfter(tokens, index, end));
        features.add("nsf.head-before=" + headBefore(tokens, start, index));
        features.add("nsf.run-start=" + (start == index));
        features.add("nsf.run-end=" + (end == index));
        // The run's last word is the head of most English names, whether or not the lists know it.
        features.add("nsf.last=" + lower(tokens[end]));
        features.add("nsf.acronym-after=" + acronymAfter(tokens, end));
        String cue1 = start > 0 ? lower(tokens[start - 1]) : "<s>";
        String cue2 = start > 1 ? lower(tokens[start - 2]) : "<s>";
        features.add("nsf.cue=" + cue1);
        features.add("nsf.cue2=" + cue2 + "_" + cue1);
    }

    /** Whether the run is followed by an acronym in brackets, as a name is where it is defined: "… Network (ABC)". */
    private static boolean acronymAfter(String[] tokens, int end) {
        int i = end + 1;
        if (i + 2 >= tokens.length || !tokens[i].equals("(") || !tokens[i + 2].equals(")"))
            return false;
        return LearntNameRecogniser.acronym(tokens[i + 1]);
    }

    /**
     * Whether the token stands between quotation marks (an odd number of them among the
     * {@link #REACH} tokens before it, and one after), or guillemets: where programmes' and campaigns' names are quoted.
     * Looks no further than {@link #REACH} tokens each way.
     */
    private static boolean quoted(String[] tokens, int index) {
        int before = 0;
        boolean guillemet = false;
        for (int i = Math.max(0, index - REACH); i < index; i++) {
            if (tokens[i].equals("\""))
                before++;
            else if (tokens[i].equals("\u00AB"))
                guillemet = true;
            else if (tokens[i].equals("\u00BB"))
                guillemet = false;
        }
        for (int i = index + 1; i < tokens.length && i - index <= REACH; i++)
            if (tokens[i].equals(guillemet ? "\u00BB" : "\""))
                return guillemet || before % 2 == 1;
        return false;
    }

    /** The kind of the first head noun from the token to the run's last capitalised word (a joiner is no head). */
    private String headAfter(String[] tokens, int index, int end) {
        for (int i = index; i <= end; i++) {
            String kind = kind(tokens[i]);
            if (kind != null)
                return kind;
        }
        return "none";
    }

    /** The kind of the head noun the run opens with, if the token is after it. */
    private String headBefore(String[] tokens, int start, int index) {
        for (int i = start; i < index; i++) {
            String kind = kind(tokens[i]);
            if (kind != null)
                return kind;
        }
        return "none";
    }

    private String kind(String token) {
        String word = lower(token);
        return organisationHeads.contains(word) ? "org" : programmeHeads.contains(word) ? "prog" : null;
    }

    private boolean inRun(String[] tokens, int i) {
        return capitalised(tokens[i]) || joiners.contains(lower(tokens[i]));
    }

    private static boolean capitalised(String token) {
        int c = token.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    private static String lower(String token) {
        return token.toLowerCase(Locale.ROOT);
    }
}
