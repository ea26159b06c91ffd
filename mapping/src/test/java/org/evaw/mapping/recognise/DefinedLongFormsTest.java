package org.evaw.mapping.recognise;

/** An acronym in brackets after a name says how far the name it defines runs. */
class DefinedLongFormsTest extends RuleSentencesTest {
    @Override String rule() { return "defined-long-forms"; }
}
