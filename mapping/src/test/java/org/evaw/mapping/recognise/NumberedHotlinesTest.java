package org.evaw.mapping.recognise;

/** A telephone line named by its number is a programme. */
class NumberedHotlinesTest extends RuleSentencesTest {
    @Override String rule() { return "numbered-hotlines"; }
}
