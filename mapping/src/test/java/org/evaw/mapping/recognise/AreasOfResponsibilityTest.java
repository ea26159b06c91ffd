package org.evaw.mapping.recognise;

/** The areas of responsibility of humanitarian protection coordination, named by their field. */
class AreasOfResponsibilityTest extends RuleSentencesTest {
    @Override String rule() { return "areas-of-responsibility"; }
}
