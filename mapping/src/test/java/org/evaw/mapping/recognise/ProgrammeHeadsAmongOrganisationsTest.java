package org.evaw.mapping.recognise;

/** A name with a programme's head listed among organisations is an organisation; among donor countries, a fund. */
class ProgrammeHeadsAmongOrganisationsTest extends RuleSentencesTest {
    @Override String rule() { return "programme-heads-among-organisations"; }
}
