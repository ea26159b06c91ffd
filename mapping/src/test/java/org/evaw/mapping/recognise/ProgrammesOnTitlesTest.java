package org.evaw.mapping.recognise;

/** A programme named by its title after a lowercase head noun and "on"; a capitalised theme names none. */
class ProgrammesOnTitlesTest extends RuleSentencesTest {
    @Override String rule() { return "programme-on-title"; }
}
