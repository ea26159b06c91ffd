package org.evaw.mapping.recognise;

/** The sixteen-day campaign under the names text gives it besides the reference data's. */
class SixteenDaysRecogniserTest extends RuleSentencesTest {
    @Override String rule() { return "sixteen-days"; }
}
