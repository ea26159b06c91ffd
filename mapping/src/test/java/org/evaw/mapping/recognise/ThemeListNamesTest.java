package org.evaw.mapping.recognise;

/** A programme's name that lists its themes with commas is one name. */
class ThemeListNamesTest extends RuleSentencesTest {
    @Override String rule() { return "theme-list-names"; }
}
