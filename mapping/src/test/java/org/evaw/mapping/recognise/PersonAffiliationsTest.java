package org.evaw.mapping.recognise;

/** A person's organisation, named between "of" and a second person's name, is the organisation alone. */
class PersonAffiliationsTest extends RuleSentencesTest {
    @Override String rule() { return "person-affiliations"; }
}
