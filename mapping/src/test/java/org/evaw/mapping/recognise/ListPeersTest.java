package org.evaw.mapping.recognise;

/** A name with no head noun, in a list beside two named organisations: an organisation. */
class ListPeersTest extends RuleSentencesTest {
    @Override String rule() { return "list-peers"; }
}
