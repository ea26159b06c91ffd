package org.evaw.mapping.iri;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What {@link Slugs} makes of readable names, of names that leave nothing readable and of hostile input. */
class SlugsTest {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            UNODC                                   | unodc
            VNM                                     | vnm
            Medellín                                | medellin
            São Tomé and Príncipe                   | sao-tome-and-principe
            Côte d’Ivoire                           | cote-divoire
            Cox's Bazar                             | coxs-bazar
            Ciudad Juárez                           | ciudad-juarez
            A/RES/65/228                            | a-res-65-228
            E/CN.15/RES/18/1                        | e-cn-15-res-18-1
            "  --Hello,   World!!  "                | hello-world
            UN–Women                                | un-women
            x> } DROP ALL                           | x-drop-all
            <script>                                | script
            000_0f13b727ca13757f                    | 000-0f13b727ca13757f
            """)
    void keepsTheReadablePartOfAName(String key, String slug) {
        assertEquals(slug, Slugs.slug(key));
    }

    @Test
    void givesAStableHashToWhatLeavesNothingReadable() {
        String empty = Slugs.slug("");
        assertAll(
                () -> assertTrue(empty.matches("x-[0-9a-f]{12}"), empty),
                () -> assertTrue(Slugs.slug("!!!").matches("x-[0-9a-f]{12}")),
                () -> assertTrue(Slugs.slug("\uD83D\uDE00").matches("x-[0-9a-f]{12}")),
                () -> assertTrue(Slugs.slug("中文").matches("x-[0-9a-f]{12}")),
                () -> assertEquals(empty, Slugs.slug("")),
                () -> assertNotEquals(empty, Slugs.slug("!!!")),
                () -> assertNotEquals(Slugs.slug("中文"), Slugs.slug("日本")),
                () -> assertNotEquals(Slugs.slug("\uD83D\uDE00"), Slugs.slug("\uD83D\uDE01")));
    }

    @Test
    void truncatesLongKeysAndKeepsThemApartWithAHash() {
        String common = "Updated Model Strategies and Practical Measures on the Elimination of Violence against Women ";
        String a = Slugs.slug(common + "in the Field of Crime Prevention and Criminal Justice");
        String b = Slugs.slug(common + "in the Field of Health");
        assertAll(
                () -> assertTrue(a.length() <= Slugs.MAX_LENGTH + 9, a),
                () -> assertTrue(a.matches(".*-[0-9a-f]{8}"), a),
                () -> assertTrue(a.startsWith("updated-model-strategies-and-practical-measures"), a),
                () -> assertTrue(SLUG.matcher(a).matches(), a),
                () -> assertNotEquals(a, b),
                () -> assertEquals(a, Slugs.slug(common + "in the Field of Crime Prevention and Criminal Justice")));
    }

    @Test
    void keepsAKeyOfExactlyTheMaximumLengthWhole() {
        String key = "a".repeat(Slugs.MAX_LENGTH);
        assertEquals(key, Slugs.slug(key));
    }

    @Test
    void makesOfAsciiWhatThePatternsMake() throws IOException {
        // The one-pass path for ASCII must give exactly the patterns' slug: IRIs already minted stay.
        List<String> keys = new ArrayList<>(hostileKeys().filter(k -> k.chars().allMatch(c -> c < 0x80)).toList());
        keys.addAll(List.of("", "'", "-", "a'b", "a' b", "'a'", "--a--", "A/RES/65/228", "Cox's Bazar", "x> } DROP ALL",
                "000_0f13b727ca13757f-283-422", "mention", "un-document", "a\tb\nc", "A_B-C.D"));
        java.util.Random random = new java.util.Random(16);
        String alphabet = "aZ9 -'_./()\t!~";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder key = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--)
                key.append(random.nextBoolean() ? alphabet.charAt(random.nextInt(alphabet.length())) : (char) random.nextInt(0x80));
            keys.add(key.toString());
        }
        for (String key : keys)
            assertEquals(Slugs.patternSlug(key), Slugs.asciiSlug(key), codePoints(key));
    }

    static Stream<String> hostileKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = SlugsTest.class.getResourceAsStream("hostile-keys.txt")) {
            if (in == null)
                throw new IllegalStateException("missing test fixture hostile-keys.txt");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#"))
                    keys.add(unescape(line));
            }
        }
        keys.add("x".repeat(500) + "\uD83D\uDE00");
        keys.add("-".repeat(200) + "a");
        keys.add("a-".repeat(100));
        keys.add("é".repeat(300));
        return keys.stream();
    }

    @ParameterizedTest
    @MethodSource("hostileKeys")
    void makesASafePathSegmentOfAnyInput(String key) {
        String slug = Slugs.slug(key);
        assertAll(
                () -> assertTrue(SLUG.matcher(slug).matches(), "\"" + slug + "\" from " + codePoints(key)),
                () -> assertTrue(slug.length() <= Slugs.MAX_LENGTH + 9, slug),
                () -> assertEquals(slug, Slugs.slug(key)));
    }

    @Test
    void givesDifferentUnreadableKeysDifferentSlugs() throws IOException {
        Map<String, String> seen = new HashMap<>();
        for (String key : hostileKeys().toList()) {
            String slug = Slugs.slug(key);
            if (!slug.startsWith("x-"))
                continue;
            String before = seen.putIfAbsent(slug, key);
            if (before != null)
                throw new AssertionError(codePoints(before) + " and " + codePoints(key) + " share " + slug);
        }
        assertTrue(seen.size() >= 5, "expected several unreadable keys, got " + seen.size());
    }

    /** Java-style escapes in the fixture: backslash-u with four hex digits, backslash-U with eight, \n, \t, \\. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '\\' -> out.append('\\');
                case 'u' -> { out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; }
                case 'U' -> { out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 9), 16)); i += 8; }
                default -> out.append('\\').append(n);
            }
        }
        return out.toString();
    }

    private static String codePoints(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(String.format("U+%04X ", cp)));
        return sb.toString().strip();
    }
}
