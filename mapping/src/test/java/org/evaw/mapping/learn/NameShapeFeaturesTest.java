package org.evaw.mapping.learn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.evaw.mapping.recognise.Token;
import org.junit.jupiter.api.Test;

class NameShapeFeaturesTest {
    private final NameShapeFeatures features = new NameShapeFeatures(Set.of("network", "ministry"), Set.of("programme", "campaign"),
            Set.of("of", "for", "and", "the", "on", "de", "la"));

    /** The features of the word at {@code index} of {@code sentence}, tokenised as the name finder reads it. */
    private List<String> of(String sentence, int index) {
        List<Token> tokens = Token.tokenise(sentence, 0, sentence.length());
        String[] words = SentenceTokens.words(tokens);
        List<String> made = new ArrayList<>();
        features.createFeatures(made, words, index, new String[words.length]);
        return made;
    }

    @Test
    void aWordOfARunKnowsTheRunsLastWordAndWhetherItEndsIt() {
        // "It joined the Pacific Women Lead Alliance in 2020": Pacific (3) … Alliance (6).
        List<String> pacific = of("It joined the Pacific Women Lead Alliance in 2020", 3);
        assertTrue(pacific.contains("nsf.last=alliance"), pacific.toString());
        assertTrue(pacific.contains("nsf.run-end=false"), pacific.toString());
        List<String> alliance = of("It joined the Pacific Women Lead Alliance in 2020", 6);
        assertTrue(alliance.contains("nsf.run-end=true"), alliance.toString());
        // A joiner closing the run is no last word: "of" after Ministry is followed by no capital.
        List<String> ministry = of("the Ministry of the interior", 1);
        assertTrue(ministry.contains("nsf.last=ministry"), ministry.toString());
    }

    @Test
    void aRunDefiningAnAcronymSaysSo() {
        String s = "with the Women Mediators Network (WMN) and others";
        assertTrue(of(s, 2).contains("nsf.acronym-after=true"), of(s, 2).toString());
        assertTrue(of("with the Women Mediators Network (2019) and others", 2).contains("nsf.acronym-after=false"));
        assertTrue(of("with the Women Mediators Network (a) and others", 2).contains("nsf.acronym-after=false"));
    }

    @Test
    void wordsBetweenQuotationMarksOrGuillemetsAreQuoted() {
        String s = "the campaign \u201CSafe and fair at home\u201D began";
        // "fair" is lowercase and no joiner, yet quoted.
        assertTrue(of(s, 5).contains("nsf.quoted=true"), of(s, 5).toString());
        assertTrue(of(s, 1).contains("nsf.quoted=false"));
        assertTrue(of(s, 9).contains("nsf.quoted=false"));
        String fr = "la campagne \u00AB Tolérance zéro \u00BB de la police";
        assertTrue(of(fr, 4).contains("nsf.quoted=true"), of(fr, 4).toString());
        assertTrue(of(fr, 7).contains("nsf.quoted=false"));
        // One mark alone opens nothing.
        assertFalse(of("he said \" and left the Network", 6).contains("nsf.quoted=true"));
    }
}
