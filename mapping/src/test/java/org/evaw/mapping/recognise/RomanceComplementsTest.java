package org.evaw.mapping.recognise;

/** A Spanish or French name's complement runs over lists, verbs' objects and 'a los'. */
class RomanceComplementsTest extends RuleSentencesTest {
    @Override String rule() { return "romance-complements"; }
}
