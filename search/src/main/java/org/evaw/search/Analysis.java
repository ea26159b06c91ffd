package org.evaw.search;

import java.text.Normalizer;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text is cut into terms, the same for names and passages in every language the graph holds:
 * Unicode word boundaries, lower case, accents folded ("Côte d'Ivoire" is found by "cote"); no
 * stop words and no stemming, so that an acronym or a name is matched as written.
 */
final class Analysis {
    private Analysis() {}

    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream filtered = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, filtered);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** A whole name as one key: lower case, accents removed, spaces collapsed. */
    static String key(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
