package org.evaw.mapping.recognise;

/** What a name's complement goes on over: a nested ministry's listed fields, a country's abbreviated short name. */
class NameComplementsTest extends RuleSentencesTest {
    @Override String rule() { return "name-complements"; }
}
