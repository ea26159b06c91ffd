package org.evaw.mapping.recognise;

/** Quoted names that the text says are organisations: by an appositive after them, or by the bare word for their kind before. */
class QuotedOrganisationsTest extends RuleSentencesTest {
    @Override String rule() { return "quoted-organisations"; }
}
