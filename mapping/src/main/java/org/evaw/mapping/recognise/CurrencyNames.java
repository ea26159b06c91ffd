package org.evaw.mapping.recognise;

/**
 * Tells a country's name or code that stands for its currency ("US$1 million", "US dollars",
 * "Hong Kong dollars") from a mention of the country: money is counted in it, no work is done
 * there. A glance at the characters right after the mention, so the cost is constant.
 */
final class CurrencyNames {
    private static final String DOLLAR = "dollar";

    private CurrencyNames() {}

    /** Whether the country named just before {@code end} is the first part of a currency's name. */
    static boolean isCurrency(String text, int end) {
        if (end < text.length() && text.charAt(end) == '$')
            return true;
        int i = end;
        while (i < text.length() && i < end + 3 && text.charAt(i) == ' ')
            i++;
        return i > end && text.regionMatches(true, i, DOLLAR, 0, DOLLAR.length());
    }
}
