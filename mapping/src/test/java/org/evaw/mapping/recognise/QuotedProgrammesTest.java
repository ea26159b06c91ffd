package org.evaw.mapping.recognise;

/** Quoted titles that the words around them make programmes. */
class QuotedProgrammesTest extends RuleSentencesTest {
    @Override String rule() { return "quoted-programmes"; }
}
