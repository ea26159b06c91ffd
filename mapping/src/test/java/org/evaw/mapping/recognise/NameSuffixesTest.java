package org.evaw.mapping.recognise;

/** Words after a name that the head-noun patterns stop before belong to it. */
class NameSuffixesTest extends RuleSentencesTest {
    @Override String rule() { return "name-suffixes"; }
}
