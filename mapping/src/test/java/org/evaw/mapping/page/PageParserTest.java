package org.evaw.mapping.page;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How {@link PageParser} cuts pages into blocks: on the corpus pages and on small pages written for
 * the test. A fixture {@code name.txt} with a {@code name.expected} beside it lists the blocks the
 * page must give, one a line: kind, section, entry period and text, separated by tabs.
 */
class PageParserTest {

    private static final Path CORPUS = Path.of("../corpus");
    private static final String VIEW_MORE = "View More";

    @Test
    void readsTitleHeadingsFieldsListsResourcesAndEntries() throws Exception {
        assertLayoutAsExpected("structured-page");
    }

    @Test
    void matchesHeadingsWhateverTheirCaseOrSpacing() throws Exception {
        PageLayout layout = parseFixture("structured-page.txt");
        assertAll(
                () -> assertEquals("Background", headingAt(layout, "BACKGROUND").section()),
                () -> assertEquals("Policy framework", headingAt(layout, "policy   framework").section()),
                () -> assertEquals("Areas of Work", headingAt(layout, "Areas Of Work").section()));
    }

    @Test
    void readsTheValueOnTheLineAfterAFieldLabel() throws Exception {
        PageLayout layout = parseFixture("structured-page.txt");
        assertAll(
                () -> assertEquals(Optional.of("{8E2F9C1A-0B7D-4C3E-9A51-2F6D8B0C4E17}"), layout.field(Section.ITEM_ID)),
                () -> assertEquals(Optional.of("UN Women"), layout.field(Section.ICON)),
                // "Agency Type" is followed by another label, so it has no value.
                () -> assertEquals(Optional.empty(), layout.field(Section.AGENCY_TYPE)));
    }

    @Test
    void readsBulletsAsListItemsWithoutTheBullet() throws Exception {
        PageLayout layout = parseFixture("structured-page.txt");
        List<String> items = texts(layout, BlockKind.LIST_ITEM);
        assertEquals(List.of(
                "Handbook for legislation on violence against women (2012).",
                "Guidance note on campaigns to end violence against women (2015).",
                "Training manual for shelter staff (2015)."), items);
    }

    @Test
    void readsResourcePointersThenActivitiesUnderResources() throws Exception {
        PageLayout layout = parseFixture("structured-page.txt");
        List<Block> underResources = layout.blocks().stream()
                .filter(b -> "Resources".equals(b.section()) && b.kind() != BlockKind.HEADING).toList();
        assertEquals(List.of(BlockKind.RESOURCE, BlockKind.ACTIVITY, BlockKind.ACTIVITY),
                underResources.stream().map(Block::kind).toList());
        // A web address in a paragraph after the pointers does not make it a pointer.
        assertTrue(underResources.get(2).text(layout.page()).contains("https://"));
    }

    @Test
    void givesEachActivityTheDatedEntryAboveIt() throws Exception {
        PageLayout layout = parseFixture("structured-page.txt");
        List<Block> headers = layout.blocks().stream().filter(b -> b.kind() == BlockKind.ENTRY_HEADER).toList();
        assertEquals(2, headers.size());
        List<Block> activities = layout.blocks().stream()
                .filter(b -> b.kind() == BlockKind.ACTIVITY && b.entry() != null).toList();
        assertEquals(2, activities.size());
        for (Block activity : activities) {
            assertSame(headers.get(0).entry(), activity.entry());
            assertTrue(activity.start() > headers.get(0).end());
        }
        DatedEntry first = headers.get(0).entry();
        assertAll(
                () -> assertEquals(headers.get(0).start(), first.start()),
                () -> assertEquals(headers.get(0).end(), first.end()),
                () -> assertEquals("UN Women", first.agencyName()));
    }

    @Test
    void readsEveryParagraphOfASearchListingAsAnActivity() throws Exception {
        assertLayoutAsExpected("search-listing");
        assertTrue(parseFixture("search-listing.txt").title().isEmpty());
    }

    @Test
    void collapsesViewMorePreviews() throws Exception {
        assertLayoutAsExpected("view-more");
    }

    @Test
    void pointsACollapsedBlockAtTheFullTextAfterViewMore() throws Exception {
        PageLayout layout = parseFixture("view-more.txt");
        String text = layout.page().text();
        int panama = text.indexOf(VIEW_MORE + "In Panama") + VIEW_MORE.length();
        int during = text.indexOf(VIEW_MORE + " During") + VIEW_MORE.length() + 1;
        List<Integer> activityStarts = layout.blocks().stream()
                .filter(b -> b.kind() == BlockKind.ACTIVITY).map(Block::start).toList();
        assertAll(
                () -> assertTrue(activityStarts.contains(panama), activityStarts.toString()),
                () -> assertTrue(activityStarts.contains(during), activityStarts.toString()),
                () -> assertEquals(text.indexOf('\n', panama),
                        layout.blocks().stream().filter(b -> b.start() == panama).findFirst().orElseThrow().end()));
    }

    @Test
    void collapsesViewMoreRightAfterAnEntryHeaderIntoAnActivity() throws Exception {
        assertLayoutAsExpected("view-more-after-entry-header");
    }

    @Test
    void collapsesViewMoreWhoseFullTextIsOnTheNextLine() throws Exception {
        assertLayoutAsExpected("view-more-on-its-own-line");
    }

    @Test
    void readsAPageWithoutStructureAsProseUnderItsTitle() throws Exception {
        PageLayout layout = parseFixture("no-structure.txt");
        assertEquals(PageForm.PROSE, layout.form());
        assertEquals(Optional.of("United Nations Office on Drugs and Crime"), layout.title().map(b -> b.text(layout.page())));
        assertEquals(List.of("UNODC helps Member States to strengthen legislative, judicial and health systems.",
                "It works on preventing and addressing violence against women."), texts(layout, BlockKind.PARAGRAPH));
    }

    @Test
    void readsProseAsParagraphsJoiningWrappedLinesAndKeepingAddressesApart() throws Exception {
        assertLayoutAsExpected("prose-report");
    }

    @Test
    void readsADatedTitleLineThatNamesPlacesAsTextNotAnAddress() {
        SourcePage page = new SourcePage("speech", "speech.txt", "Remarks by the Resident Coordinator at the launch of the "
                + "16 Days campaign, Dushanbe, 25 November 2019\n\nGood evening. We open the campaign tonight with the Government.\n");
        PageLayout layout = PageParser.parse(page);
        assertEquals(List.of("PARAGRAPH", "PARAGRAPH"), layout.blocks().stream().map(b -> b.kind().name()).toList());
    }

    @Test
    void readsASingleSentenceAsOneParagraph() {
        SourcePage page = new SourcePage("one", "one.txt", "In 2021, UNDP and UN Women supported the Government of Nepal.\n");
        PageLayout layout = PageParser.parse(page);
        assertEquals(List.of("PARAGRAPH"), layout.blocks().stream().map(b -> b.kind().name()).toList());
    }

    @Test
    void readsASentenceWithANumberAndACommaAsTextNotAnAddressWhateverItsVerb() {
        // No verb the address check knows ("applies", "appuie"), a four-digit number and a comma: an address has no such run of lowercase words.
        for (String sentence : List.of("MINUSMA applies Security Council resolutions 1820, 1960 and 2100 in Mali.",
                "Le PNUD appuie 1500 femmes rurales, avec le ministère de la Femme, au Niger.")) {
            PageLayout layout = PageParser.parse(new SourcePage("one", "one.txt", sentence + "\n"));
            assertEquals(List.of("PARAGRAPH"), layout.blocks().stream().map(b -> b.kind().name()).toList(), sentence);
        }
        PageLayout address = PageParser.parse(new SourcePage("one", "one.txt",
                "UNDP in Senegal\n\nImmeuble Faycal, 4ème étage, rue de la Corniche 12500, Dakar\n\nUNDP supports the courts.\n"));
        assertEquals(List.of("TITLE", "ADDRESS", "PARAGRAPH"), address.blocks().stream().map(b -> b.kind().name()).toList());
    }

    @Test
    void readsProseBeforeTheFirstHeadingOfAnInventoryPageAsParagraphs() throws Exception {
        PageLayout layout = parseFixture("mixed-page.txt");
        assertEquals(PageForm.INVENTORY, layout.form());
        assertEquals(List.of(BlockKind.TITLE, BlockKind.HEADER_MATTER, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PROFILE,
                BlockKind.ENTRY_HEADER, BlockKind.ACTIVITY), layout.blocks().stream().map(Block::kind).toList());
    }

    @Test
    void cutsALineLongerThanABlockMayBeAtSentenceEnds() {
        String sentence = "UNDP trained police officers in Nepal. ";
        String text = sentence.repeat(1000).strip();
        PageLayout layout = PageParser.parse(new SourcePage("long", "long.txt", text));
        assertTrue(layout.blocks().size() > 1, "one block of " + text.length() + " characters");
        for (Block b : layout.blocks()) {
            assertTrue(b.end() - b.start() <= LongSpans.MAX_CHARS, b.toString());
            assertTrue(b.text(layout.page()).endsWith("."), "cut at a sentence end: " + b);
        }
    }

    @Test
    void readsAPageWithNoTextAsNoBlocks() {
        SourcePage page = new SourcePage("blank", "blank.txt", " \n\t\n");
        assertTrue(PageParser.parse(page).blocks().isEmpty());
    }

    // --- corpus pages ---

    @Test
    void readsTheTitleOfEachCorpusPage() throws Exception {
        assertAll(
                () -> assertEquals(Optional.of("United Nations Office on Drugs and Crime"), titleOf("000_0f13b727ca13757f.txt")),
                () -> assertEquals(Optional.of("United Nations Office on Drugs and Crime"), titleOf("001_62342d8e6123a918.txt")),
                () -> assertEquals(Optional.of("UNODC"), titleOf("003_dda3bc090efb0ee8.txt")),
                () -> assertEquals(Optional.empty(), titleOf("002_f077066088d986e5.txt")),
                () -> assertEquals(Optional.empty(), titleOf("004_3779468c5b1d477d.txt")));
    }

    @Test
    void readsTheLabelledFieldsOfACorpusPage() throws Exception {
        PageLayout layout = parseCorpus("003_dda3bc090efb0ee8.txt");
        assertAll(
                () -> assertEquals(Optional.of("{58C9D736-2A12-4FF0-86D0-BF8BB7A89F1F}"), layout.field(Section.ITEM_ID)),
                () -> assertEquals(Optional.of("{3465766B-AB03-4A9D-8F0E-7343B9CC4381}"), layout.field(Section.UN_AGENCY_ID)),
                () -> assertEquals(Optional.of("United Nations Office on Drugs and Crime"), layout.field(Section.TITLE)),
                () -> assertEquals(Optional.of("UNODC"), layout.field(Section.ICON)),
                () -> assertEquals(Optional.empty(), layout.field(Section.AGENCY_TYPE)),
                () -> assertEquals("Policy framework", headingAt(layout, "Policy Framework").section()));
    }

    @Test
    void readsTheDatedEntriesOfACorpusPageEachWithItsActivity() throws Exception {
        PageLayout layout = parseCorpus("003_dda3bc090efb0ee8.txt");
        List<Block> blocks = layout.blocks();
        List<String> periods = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block header = blocks.get(i);
            if (header.kind() != BlockKind.ENTRY_HEADER)
                continue;
            DatedEntry entry = header.entry();
            assertNotNull(entry);
            periods.add(entry.from() + "/" + entry.to());
            Block next = blocks.get(i + 1);
            assertEquals(BlockKind.ACTIVITY, next.kind(), next.text(layout.page()));
            assertSame(entry, next.entry());
        }
        assertEquals(List.of("2009-10/2010-02", "2013-03/2014-02", "2011-03/2012-01", "2010-03/2010-09",
                "2009-03/2009-09", "2007-07/2008-01", "2007-07/2008-01"), periods);
        Block firstEntryActivity = blocks.stream()
                .filter(b -> b.kind() == BlockKind.ACTIVITY && b.entry() != null).findFirst().orElseThrow();
        assertTrue(firstEntryActivity.text(layout.page()).startsWith("Pursuant to resolution 18/1"));
    }

    @Test
    void readsResourcesThenReportedActivitiesOnACorpusPage() throws Exception {
        PageLayout layout = parseCorpus("001_62342d8e6123a918.txt");
        List<Block> underResources = layout.blocks().stream()
                .filter(b -> "Resources".equals(b.section()) && b.kind() != BlockKind.HEADING).toList();
        assertEquals(BlockKind.RESOURCE, underResources.get(0).kind());
        assertTrue(underResources.get(0).text(layout.page()).endsWith("cpcj-tools-gender.html"));
        assertTrue(underResources.stream().skip(1).allMatch(b -> b.kind() == BlockKind.ACTIVITY));
        assertEquals(27, underResources.size() - 1);
    }

    @Test
    void collapsesEveryViewMorePreviewOfACorpusPage() throws Exception {
        PageLayout layout = parseCorpus("001_62342d8e6123a918.txt");
        String text = layout.page().text();
        List<Block> blocks = layout.blocks();
        List<Integer> viewMores = new ArrayList<>();
        for (int at = text.indexOf(VIEW_MORE); at >= 0; at = text.indexOf(VIEW_MORE, at + 1))
            viewMores.add(at);
        for (int at : viewMores) {
            int fullStart = at + VIEW_MORE.length();
            int lineEnd = text.indexOf('\n', fullStart) < 0 ? text.length() : text.indexOf('\n', fullStart);
            int previewStart = text.lastIndexOf('\n', at - 2) + 1;
            Block full = blocks.stream().filter(b -> b.start() == fullStart).findFirst()
                    .orElseThrow(() -> new AssertionError("no block at the full text after View More at " + at));
            assertEquals(BlockKind.ACTIVITY, full.kind());
            assertEquals(text.substring(fullStart, lineEnd).strip(), full.text(layout.page()));
            assertTrue(blocks.stream().noneMatch(b -> b.start() == previewStart),
                    "the preview before View More at " + at + " is still a block");
        }
        assertEquals(7, viewMores.size());
        assertTrue(blocks.stream().noneMatch(b -> b.text(layout.page()).contains(VIEW_MORE)));
    }

    @Test
    void readsEveryParagraphOfACorpusSearchListingAsAnActivity() throws Exception {
        for (String file : List.of("002_f077066088d986e5.txt", "004_3779468c5b1d477d.txt")) {
            List<Block> blocks = parseCorpus(file).blocks();
            assertEquals(BlockKind.HEADER_MATTER, blocks.get(0).kind(), file);
            assertTrue(blocks.size() > 10, file);
            assertTrue(blocks.stream().skip(1).allMatch(b -> b.kind() == BlockKind.ACTIVITY), file);
        }
    }

    @Test
    void readsTheBulletedPublicationsOfACorpusPage() throws Exception {
        PageLayout layout = parseCorpus("000_0f13b727ca13757f.txt");
        List<String> items = texts(layout, BlockKind.LIST_ITEM);
        assertEquals(15, items.size());
        assertEquals("Gender in the Criminal Justice System Assessment Tool (2010). The tool forms part of the Criminal "
                + "Justice Assessment Toolkit and it addresses inter alia the treatment of survivors of violence "
                + "against women by the criminal justice system.", items.get(0));
        assertTrue(items.stream().noneMatch(t -> t.startsWith("\u2022")));
    }

    // --- offsets, on every page ---

    static Stream<String> everyPage() throws IOException {
        List<String> pages = new ArrayList<>(corpusFiles());
        pages.addAll(List.of("fixture:structured-page.txt", "fixture:search-listing.txt", "fixture:view-more.txt",
                "fixture:view-more-after-entry-header.txt", "fixture:view-more-on-its-own-line.txt",
                "fixture:prose-report.txt", "fixture:mixed-page.txt", "fixture:no-structure.txt"));
        return pages.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPage")
    void everyBlockIsATrimmedSpanOfThePageInPageOrder(String name) throws Exception {
        PageLayout layout = parseAny(name);
        String text = layout.page().text();
        int previousEnd = 0;
        for (Block b : layout.blocks()) {
            String where = name + " " + b;
            assertTrue(0 <= b.start() && b.start() < b.end() && b.end() <= text.length(), where);
            String span = text.substring(b.start(), b.end());
            assertEquals(span, b.text(layout.page()), where);
            assertEquals(span.strip(), span, where);
            assertTrue(b.start() >= previousEnd, "blocks overlap or are out of order at " + where);
            previousEnd = b.end();
        }
    }

    static Stream<String> corpusPages() throws IOException {
        return corpusFiles().stream();
    }

    /** Pages write no-break spaces (U+00A0) where a space is meant; a block must not begin, end or consist of one. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusPages")
    void noBlockBeginsOrEndsWithANoBreakSpace(String name) throws Exception {
        PageLayout layout = parseAny(name);
        List<String> bad = new ArrayList<>();
        for (Block b : layout.blocks()) {
            String t = b.text(layout.page());
            if (t.isEmpty() || Character.isSpaceChar(t.codePointAt(0)) || Character.isSpaceChar(t.codePointBefore(t.length())))
                bad.add(b.kind() + " " + b.start() + ".." + b.end() + " \"" + t.replace("\u00A0", "<U+00A0>") + "\"");
        }
        assertEquals(List.of(), bad);
    }

    // --- helpers ---

    private static void assertLayoutAsExpected(String name) throws Exception {
        PageLayout layout = parseFixture(name + ".txt");
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(fixture(name + ".expected"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#"))
                expected.add(line);
        }
        List<String> actual = layout.blocks().stream().map(b -> describe(layout.page(), b)).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    private static String describe(SourcePage page, Block b) {
        return String.join("\t", b.kind().name(), b.section() == null ? "" : b.section(),
                b.entry() == null ? "" : b.entry().from() + "/" + b.entry().to(), b.text(page).replace("\n", "\\n"));
    }

    private static Block headingAt(PageLayout layout, String text) {
        return layout.blocks().stream()
                .filter(b -> b.kind() == BlockKind.HEADING && b.text(layout.page()).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no heading \"" + text + "\""));
    }

    private static List<String> texts(PageLayout layout, BlockKind kind) {
        return layout.blocks().stream().filter(b -> b.kind() == kind).map(b -> b.text(layout.page())).toList();
    }

    private static Optional<String> titleOf(String corpusFile) throws Exception {
        PageLayout layout = parseCorpus(corpusFile);
        return layout.title().map(b -> b.text(layout.page()));
    }

    private static List<String> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
            if (names.isEmpty())
                throw new IllegalStateException("no corpus pages in " + CORPUS.toAbsolutePath());
            return names;
        }
    }

    private static PageLayout parseAny(String name) throws Exception {
        return name.startsWith("fixture:") ? parseFixture(name.substring("fixture:".length())) : parseCorpus(name);
    }

    private static PageLayout parseCorpus(String file) throws Exception {
        return PageParser.parse(PageDecoder.read(CORPUS.resolve(file)));
    }

    private static PageLayout parseFixture(String file) throws Exception {
        return PageParser.parse(PageDecoder.read(fixture(file)));
    }

    private static Path fixture(String name) throws URISyntaxException {
        URL url = PageParserTest.class.getResource(name);
        if (url == null)
            throw new IllegalStateException("missing test fixture " + name);
        return Path.of(url.toURI());
    }
}
