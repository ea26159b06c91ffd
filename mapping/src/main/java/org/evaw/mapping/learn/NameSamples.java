package org.evaw.mapping.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.json.JsonObject;
import org.evaw.mapping.page.Block;
import org.evaw.mapping.page.PageParser;
import org.evaw.mapping.page.SourcePage;
import org.evaw.mapping.recognise.Token;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * A document's gold partners and programmes projected onto its text: every place a sentence spells
 * one of an entity's names (label or alias, case folded as eval folds names, typographic quotes and
 * dashes folded as the gazetteer folds them) becomes a span of that entity's type. Where two names
 * overlap the longer is kept ("Ministry of Justice" inside "Legal Aid Department of the Ministry of
 * Justice" is the longer name's). A name written in capitals in the gold is not projected onto the
 * same words in lower case: "Parliament" names the partner, "parliament" may not. The text read is
 * what the analyser reads: the blocks that carry facts, cut into sentences as
 * {@link SentenceTokens} cuts them.
 */
final class NameSamples {
    private NameSamples() {}

    /**
     * The training samples of one document, one per sentence; the first of each block clears what
     * the model adapted to, as {@link LearntNameRecogniser} clears it before each block it reads.
     */
    static List<NameSample> of(SourcePage page, JsonObject gold) {
        List<Name> names = new ArrayList<>();
        for (GoldNames g : GoldNames.of(gold))
            for (String n : g.names())
                names.add(new Name(g.type(), Token.tokenise(n, 0, n.length()).stream().map(t -> fold(t.text())).toList(),
                        Character.isUpperCase(n.codePointAt(0))));
        List<NameSample> samples = new ArrayList<>();
        String text = page.text();
        for (Block block : PageParser.parse(page).blocks()) {
            if (!block.kind().carriesFacts())
                continue;
            boolean first = true;
            for (List<Token> sentence : SentenceTokens.of(text, block.start(), block.end())) {
                samples.add(new NameSample(SentenceTokens.words(sentence), spans(sentence, names), first));
                first = false;
            }
        }
        return samples;
    }

    private record Name(String type, List<String> words, boolean capitalised) {}

    private static Span[] spans(List<Token> sentence, List<Name> names) {
        List<Span> found = new ArrayList<>();
        for (Name name : names) {
            int n = name.words().size();
            if (n == 0)
                continue;
            for (int i = 0; i + n <= sentence.size(); i++) {
                if (matches(sentence, i, name))
                    found.add(new Span(i, i + n, name.type()));
            }
        }
        // The longest first, then the earliest; a span overlapping one kept is dropped.
        found.sort(Comparator.comparingInt((Span s) -> s.length()).reversed().thenComparingInt(Span::getStart)
                .thenComparing(Span::getType));
        List<Span> kept = new ArrayList<>();
        for (Span s : found) {
            if (kept.stream().noneMatch(k -> k.intersects(s) && k.getStart() < s.getEnd() && s.getStart() < k.getEnd()))
                kept.add(s);
        }
        kept.sort(Comparator.comparingInt(Span::getStart));
        return kept.toArray(new Span[0]);
    }

    private static boolean matches(List<Token> sentence, int at, Name name) {
        for (int j = 0; j < name.words().size(); j++) {
            if (!fold(sentence.get(at + j).text()).equals(name.words().get(j)))
                return false;
        }
        return !name.capitalised() || !Character.isLowerCase(sentence.get(at).text().codePointAt(0));
    }

    private static String fold(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
