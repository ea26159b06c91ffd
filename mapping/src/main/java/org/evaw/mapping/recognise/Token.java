package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A token for dictionary matching: a run of letters and digits, one ideograph (Chinese writes no
 * spaces between words, so each character is a token and a name is a run of them), or one other
 * non-space character.
 * Typographic variants (curly quotes and apostrophes, dashes) are folded so that
 * {@code MIT’s} and {@code MIT's}, {@code UN–Women} and {@code UN-Women} match alike. The
 * gazetteer matches names with these tokens and the classifier matches the concept schemes' labels.
 */
public record Token(String text, int start, int end) {
    /** U+02BC is a letter to Unicode, but pages use it as an apostrophe ("Coxʼs Bazar"). */
    private static final int MODIFIER_APOSTROPHE = 0x02BC;

    /**
     * The token folded for case-insensitive matching. A Russian word also loses its case ending
     * ({@link RussianEndings}), so that "в Казахстане" matches the name "Казахстан", and an Arabic
     * word its joined conjunction or preposition ({@link ArabicProclitics}).
     */
    public String key() {
        return ArabicProclitics.strip(RussianEndings.strip(text.toLowerCase(Locale.ROOT)));
    }

    /** Whether the token starts as a proper noun does: upper case, or a script without case (Arabic, Chinese). */
    boolean startsUpperOrNonLetter() {
        int c = text.codePointAt(0);
        return !Character.isLetter(c) || !Character.isLowerCase(c);
    }

    /** The tokens of {@code text[from, to)}, in order, with offsets into {@code text}. */
    public static List<Token> tokenise(String text, int from, int to) {
        return tokenise(text, from, to, Integer.MAX_VALUE);
    }

    /** The first {@code max} tokens of {@code text[from, to)}: the text after them is not read. */
    public static List<Token> tokenise(String text, int from, int to, int max) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to && tokens.size() < max) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += n;
            } else if (Character.isIdeographic(c)) {
                tokens.add(new Token(text.substring(i, i + n), i, i + n));
                i += n;
            } else if (Character.isLetterOrDigit(c) && c != MODIFIER_APOSTROPHE) {
                int j = i + n;
                while (j < to) {
                    int d = text.codePointAt(j);
                    if (!Character.isLetterOrDigit(d) || d == MODIFIER_APOSTROPHE || Character.isIdeographic(d))
                        break;
                    j += Character.charCount(d);
                }
                tokens.add(new Token(text.substring(i, j), i, j));
                i = j;
            } else {
                tokens.add(new Token(fold(text.substring(i, i + n)), i, i + n));
                i += n;
            }
        }
        return tokens;
    }

    private static String fold(String symbol) {
        return switch (symbol) {
            case "\u2019", "\u2018", "\u02BC", "`" -> "'";
            case "\u201C", "\u201D" -> "\"";
            case "\u2010", "\u2011", "\u2012", "\u2013", "\u2014" -> "-";
            default -> symbol;
        };
    }
}
