package org.evaw.mapping.recognise;

/** A state's legislature or judiciary named bare and capitalised is a partner. */
class BareBodiesTest extends RuleSentencesTest {
    @Override String rule() { return "bare-bodies"; }
}
