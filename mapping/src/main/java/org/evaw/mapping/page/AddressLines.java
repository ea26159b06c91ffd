package org.evaw.mapping.page;

import java.util.regex.Pattern;

import org.evaw.mapping.recognise.WordList;

/**
 * Tells a line that gives an office's postal address or contact details ("605 Third Avenue. New
 * York, NY 10158", "P.O. Box 5678, Dili", "Tel: +41 22 917 1234") from a line of text: the places
 * it names are where an office is, not where the work is done.
 */
final class AddressLines {
    /** Words of addresses and contact details, as whole words. */
    private static final Pattern MARKER = Pattern.compile(
            "\\b(?:P\\.?\\s?O\\.?\\s?Box|Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Boulevard|Blvd\\.?|Plaza|Building|Floor|"
                    + "Room|Suite|Postal|Zip|Tel\\.?|Telephone|Phone|Fax|E-?mail|Rue|Calle|Avenida|Chemin|Route de|Palais des Nations|"
                    + "UN House|UN Compound|Compound|Headquarters|Tower|Complex)\\b", Pattern.CASE_INSENSITIVE);
    /** Postal codes and house numbers: "NY 10017", "CH-1211", "10158", "1st". */
    private static final Pattern NUMBER = Pattern.compile(
            "\\b(?:[A-Z]{2}\\s?\\d{5}|[A-Z]{1,2}-\\d{4,5}|(?!19\\d\\d\\b|20\\d\\d\\b)\\d{4,6})\\b|\\b\\d{1,4}(?:st|nd|rd|th)?\\s+[A-Z]");
    private static final Pattern CONTACT = Pattern.compile(
            "^(?:Tel|Telephone|Phone|Fax|E-?mail|Website|Web|Address|Contact|Mail Address)\\b\\s*[:.]?", Pattern.CASE_INSENSITIVE);
    /** A verb makes a line a sentence: addresses have none (their words are capitalised). */
    private static final Pattern VERB = Pattern.compile(
            "\\b(?:is|are|was|were|has|have|had|supports|provides|works|helps|leads|runs|[a-z]{2,}ed)\\b");
    /**
     * A full date: addresses carry none, while a speech's title line or a dateline that names places
     * ends with one ("…, Patuxay, Vientiane, 24 November 2023").
     */
    private static final String MONTH = "(?:" + WordList.alternation("months") + ")";
    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{1,2}\\s" + MONTH + "\\s(?:19|20)\\d\\d\\b|\\b" + MONTH + "\\s\\d{1,2},\\s(?:19|20)\\d\\d\\b");
    /**
     * Lowercase words: an address has at most a few ("Palais des Nations", "Avenue de la Paix"); a
     * sentence in any language has more, whether or not {@link #VERB} knows its verb ("La MINUSMA
     * applique les résolutions 1820, 1960 …", "UNDP trains 1500 police officers, …").
     */
    private static final Pattern LOWERCASE_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}{3,}(?![\\p{L}\\p{N}])");
    /** Lowercase words that addresses themselves hold: "4ème étage, rue de la Corniche", "Palais des Nations", "calle 72". */
    private static final java.util.Set<String> ADDRESS_WORDS = java.util.Set.of(
            "rue", "route", "avenue", "\u00E9tage", "floor", "des", "del", "calle", "avenida", "piso", "andar", "rua", "via", "box", "bis");
    private static final int SENTENCE_LOWERCASE_WORDS = 3;
    /** Addresses are short; a long line with these words is text about a place. */
    private static final int MAX_LENGTH = 200;

    private AddressLines() {}

    static boolean isAddress(String line) {
        if (line.length() > MAX_LENGTH)
            return false;
        if (CONTACT.matcher(line).find())
            return true;
        if (VERB.matcher(line).find() || DATE.matcher(line).find() || lowercaseWords(line) >= SENTENCE_LOWERCASE_WORDS)
            return false;
        int markers = MARKER.matcher(line).find() ? 1 : 0;
        int numbers = NUMBER.matcher(line).find() ? 1 : 0;
        return markers + numbers >= 1 && (markers + numbers >= 2 || line.indexOf(',') >= 0);
    }

    private static int lowercaseWords(String line) {
        var m = LOWERCASE_WORD.matcher(line);
        int n = 0;
        while (n < SENTENCE_LOWERCASE_WORDS && m.find())
            if (!ADDRESS_WORDS.contains(m.group()))
                n++;
        return n;
    }
}
