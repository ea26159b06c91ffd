package org.evaw.mapping.recognise;

/**
 * What the recognisers take for an acronym: a word with no lower-case letter and two capitals or more
 * ("UNDP", "UN-HABITAT", "C190" is not, "ONUDC", "SADC's" is not). One test for all of them, so that a
 * name's end, a programme's owner and a list's items agree on which words are acronyms.
 */
final class Acronyms {

    private Acronyms() {
    }

    static boolean is(String word) {
        return word.codePoints().noneMatch(Character::isLowerCase)
                && word.codePoints().filter(Character::isUpperCase).count() >= 2;
    }
}
