package org.evaw.mapping.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers of people trained, by role, in a sentence about training: "138 law enforcement
 * officers were trained", "trained 200 public prosecutors, 20 judges and 150 police officers",
 * "six doctors". A number counts only before a role noun and only in a sentence that speaks of
 * training, so "135 cases from 31 jurisdictions" is not a count of people.
 */
final class TrainingCountFinder {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("fifty", 50), Map.entry("hundred", 100));
    private static final String ROLES = "officers|officials|judges|magistrates|prosecutors|policemen|policewomen|"
            + "doctors|nurses|practitioners|professionals|personnel|staff|trainers|instructors|lawyers|attorneys|"
            + "investigators|workers|providers|operators|counsellors|counselors|teachers|journalists|parliamentarians|"
            + "defenders|inspectors|guards|paralegals|mediators|leaders|volunteers|members|experts|specialists";
    private static final Pattern COUNT = Pattern.compile(
            "\\b(\\d{1,3}(?:,\\d{3}){1,6}|\\d{1,7}|" + String.join("|", WORDS.keySet()) + ")\\s+"
                    + "((?:(?!and\\b|or\\b|of\\b|in\\b|from\\b|for\\b|to\\b|were\\b|who\\b)[a-z][a-z-]*\\s+){0,3}(?:" + ROLES + "))\\b");
    private static final Pattern TRAINING = Pattern.compile("train|capacity|workshop|course|curricul|session", Pattern.CASE_INSENSITIVE);
    private static final long MAX_COUNT = 8_000_000_000L;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

    private TrainingCountFinder() {}

    static List<TrainingCount> find(String text, int from, int to) {
        List<TrainingCount> found = new ArrayList<>();
        Matcher m = COUNT.matcher(text).region(from, to);
        while (m.find()) {
            if (!TRAINING.matcher(sentenceAround(text, from, to, m.start())).find())
                continue;
            long count = number(m.group(1));
            if (count > 0 && count <= MAX_COUNT)
                found.add(new TrainingCount(WHITESPACE.matcher(m.group(2)).replaceAll(" "), count, m.start(), m.end(), null));
        }
        return found;
    }

    /** Where the sentence holding offset {@code at} begins. */
    static int sentenceStart(String text, int at) {
        int start = 0;
        Matcher end = SENTENCE_END.matcher(text).region(0, at);
        while (end.find())
            start = end.end();
        return start;
    }

    private static String sentenceAround(String text, int from, int to, int at) {
        int start = from;
        Matcher end = SENTENCE_END.matcher(text).region(from, to);
        while (end.find()) {
            if (end.end() > at)
                return text.substring(start, end.end());
            start = end.end();
        }
        return text.substring(start, to);
    }

    private static long number(String digitsOrWord) {
        Integer word = WORDS.get(digitsOrWord.toLowerCase(Locale.ROOT));
        if (word != null)
            return word;
        String digits = digitsOrWord.replace(",", "");
        // More people than live on Earth is a typo or an identifier, not a count.
        return digits.length() > 10 ? -1 : Long.parseLong(digits);
    }
}
