package org.evaw.mapping.recognise;

/** A service named in quotes before the word for what it is: a helpline, a hotline, an app. */
class QuotedServicesTest extends RuleSentencesTest {
    @Override String rule() { return "quoted-services"; }
}
