package org.evaw.mapping.recognise;

/** A programme whose name opens with its owner's acronym keeps its whole name, and the owner stays named. */
class OwnerPrefixedProgrammesTest extends RuleSentencesTest {
    @Override String rule() { return "owner-prefixed-programmes"; }
}
