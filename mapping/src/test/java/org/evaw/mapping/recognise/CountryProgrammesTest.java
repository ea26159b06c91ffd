package org.evaw.mapping.recognise;

/** A country's name before a known programme's name, ending with a programme's head, names the country's programme. */
class CountryProgrammesTest extends RuleSentencesTest {
    @Override String rule() { return "country-programmes"; }
}
