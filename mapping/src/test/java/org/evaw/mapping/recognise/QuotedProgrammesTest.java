package org.evaw.mapping.recognise;

/** Quoted titles that the words around them make programmes, and a ministry's listed fields inside a unit's name. */
class QuotedProgrammesTest extends RuleSentencesTest {
    @Override String rule() { return "quoted-programmes"; }
}
