package org.evaw.mapping.page;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Fuzzing input for the page reader and the recognisers: the corpus pages, mutated the way files
 * go wrong (bytes flipped, cut, repeated, spliced from another page) and seeded with the bytes that
 * break text handling (NUL, invalid and overlong UTF-8, encoded surrogates, BOMs, bidi controls,
 * line separators, astral characters). Each input is drawn from a jqwik seed, so a failure replays.
 */
public final class CorpusMutations {
    private static final Path CORPUS = Path.of("../corpus");
    private static final List<byte[]> PAGES = corpusPages();
    private static final byte[][] HOSTILE = {
            {0}, {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80},
            utf8("\uFEFF"), utf8("\u202E"), utf8("\u200F"), utf8("\u2028"), utf8("\r"), utf8("\r\n"), utf8("\n\n\n"),
            utf8("\uD83D\uDE00"), utf8("e\u0301\u0301\u0301"), utf8("\u00A0"), utf8("\t"), utf8("\uFFFD"),
            utf8("View More"), utf8("Background\n"), utf8("Policy framework\n"), utf8("Mar 2013 - Feb 2014 | "),
            utf8("resolution "), utf8("A/RES/"), utf8("/RES/"), utf8("S/RES/1325 ("), utf8("E/CN.15/RES/"),
            utf8("(2010)"), utf8("\u201C"), utf8("\u2019"), utf8("Ministry of "), utf8("United Nations "),
            utf8("trained 1,000,000,000,000,000,000 "), utf8(" ".repeat(200)), utf8("a".repeat(300)),
            utf8("((((((((((((((((((((((((((((((((("), utf8("\u2022 ")};

    private CorpusMutations() {}

    /** A corpus page's bytes with one to twelve mutations. */
    public static Arbitrary<byte[]> pages() {
        return Arbitraries.longs().map(CorpusMutations::mutatedPage);
    }

    /** Mutated page text, decoded leniently: what a recogniser may meet inside a page. */
    public static Arbitrary<String> texts() {
        return pages().map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /**
     * Whole corpus pages whose text is mutated but stays valid UTF-8, so that most of them get past
     * the decoder and the parser to the recognisers and the RDF writer.
     */
    public static Arbitrary<byte[]> textPages() {
        return Arbitraries.longs().map(CorpusMutations::mutatedText);
    }

    static byte[] mutatedText(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(new String(PAGES.get(random.nextInt(PAGES.size())), StandardCharsets.UTF_8));
        int mutations = 1 + random.nextInt(12);
        for (int i = 0; i < mutations; i++) {
            int at = text.isEmpty() ? 0 : random.nextInt(text.length());
            if (at > 0 && Character.isLowSurrogate(text.charAt(at)))
                at--;
            switch (random.nextInt(4)) {
                case 0, 1 -> {
                    byte[] hostile = HOSTILE[random.nextInt(HOSTILE.length)];
                    text.insert(at, new String(hostile, StandardCharsets.UTF_8).replace("\uFFFD", "").replace("\0", ""));
                }
                case 2 -> {
                    int end = Math.min(text.length(), at + random.nextInt(64));
                    if (end < text.length() && Character.isLowSurrogate(text.charAt(end)))
                        end++;
                    text.delete(at, end);
                }
                default -> {
                    int end = Math.min(text.length(), at + 1 + random.nextInt(128));
                    if (end < text.length() && Character.isLowSurrogate(text.charAt(end)))
                        end++;
                    text.insert(at, text.substring(at, end).repeat(1 + random.nextInt(4)));
                }
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] mutatedPage(long seed) {
        Random random = new Random(seed);
        byte[] page = PAGES.get(random.nextInt(PAGES.size()));
        // Most inputs are a window of a page, so the mutations are dense and each try is quick.
        int from = random.nextInt(page.length);
        int length = random.nextInt(4) == 0 ? page.length - from : Math.min(page.length - from, 200 + random.nextInt(4000));
        byte[] bytes = Arrays.copyOfRange(page, from, from + length);
        int mutations = 1 + random.nextInt(12);
        for (int i = 0; i < mutations; i++)
            bytes = mutate(bytes, random);
        return bytes;
    }

    private static byte[] mutate(byte[] b, Random random) {
        int at = b.length == 0 ? 0 : random.nextInt(b.length);
        switch (random.nextInt(8)) {
            case 0 -> { // flip a bit
                if (b.length > 0)
                    b[at] ^= (byte) (1 << random.nextInt(8));
                return b;
            }
            case 1, 2 -> { // insert a hostile sequence
                return splice(b, at, 0, HOSTILE[random.nextInt(HOSTILE.length)]);
            }
            case 3 -> { // delete a range
                return splice(b, at, Math.min(b.length - at, random.nextInt(64)), new byte[0]);
            }
            case 4 -> { // repeat a range
                int len = Math.min(b.length - at, 1 + random.nextInt(128));
                byte[] range = Arrays.copyOfRange(b, at, at + len);
                byte[] repeated = new byte[range.length * (1 + random.nextInt(8))];
                for (int i = 0; i < repeated.length; i += range.length)
                    System.arraycopy(range, 0, repeated, i, range.length);
                return splice(b, at, 0, repeated);
            }
            case 5 -> { // truncate
                return Arrays.copyOf(b, at);
            }
            case 6 -> { // splice in a piece of another page
                byte[] other = PAGES.get(random.nextInt(PAGES.size()));
                int start = random.nextInt(other.length);
                return splice(b, at, 0, Arrays.copyOfRange(other, start, Math.min(other.length, start + 1 + random.nextInt(400))));
            }
            default -> { // overwrite a byte with an arbitrary one
                if (b.length > 0)
                    b[at] = (byte) random.nextInt(256);
                return b;
            }
        }
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, at);
        out.write(insert, 0, insert.length);
        out.write(b, at + remove, b.length - at - remove);
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<byte[]> corpusPages() {
        List<byte[]> pages = new ArrayList<>();
        try (var files = Files.list(CORPUS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList())
                pages.add(Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pages.isEmpty())
            throw new IllegalStateException("no corpus pages in " + CORPUS.toAbsolutePath());
        return List.copyOf(pages);
    }
}
