package org.evaw.mapping.recognise;

/** A coordination group named after the two bodies that set it up together is a programme; its owners are words of its name. */
class JointOwnersGroupsTest extends RuleSentencesTest {
    @Override String rule() { return "joint-owners-groups"; }
}
