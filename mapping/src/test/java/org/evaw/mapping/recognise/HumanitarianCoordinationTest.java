package org.evaw.mapping.recognise;

/** The humanitarian system's clusters and country teams, named as coordination mechanisms. */
class HumanitarianCoordinationTest extends RuleSentencesTest {
    @Override String rule() { return "humanitarian-coordination"; }
}
