package org.evaw.mapping.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A sentence that dates two parts of its work is read as two clauses; one date, or one span, keeps it whole. */
class DatedClausesTest {
    private static List<String> clauses(String sentence) {
        return DatedClauses.of(sentence, new int[] {0, sentence.length()}).stream()
                .map(c -> sentence.substring(c[0], c[1])).toList();
    }

    @Test
    void cutsAtTheAndThatLeadsToASecondDate() {
        assertEquals(List.of("In 2019 UNDP opened two shelters, ", "and in 2021 it trained 40 judges."),
                clauses("In 2019 UNDP opened two shelters, and in 2021 it trained 40 judges."));
        assertEquals(List.of("Its first meeting was held on 3 May 2015 ", "and its second on 9 June 2016."),
                clauses("Its first meeting was held on 3 May 2015 and its second on 9 June 2016."));
        assertEquals(List.of("The helpline opened in Lima in April 2018 ", "and in Cusco in May 2019."),
                clauses("The helpline opened in Lima in April 2018 and in Cusco in May 2019."));
    }

    @Test
    void cutsAtAnAndAFewWordsBeforeTheSecondDate() {
        assertEquals(List.of("The network reached Dakar in May 2016 ", "and two more capitals in June 2018."),
                clauses("The network reached Dakar in May 2016 and two more capitals in June 2018."));
    }

    @Test
    void doesNotCutAtAnAndWhoseWordsHaveAVerbOfTheirOwn() {
        assertEquals(List.of("UNDP supported the ministry in 2019 and the commission set up in 2008."),
                clauses("UNDP supported the ministry in 2019 and the commission set up in 2008."));
    }

    @Test
    void cutsAtAColonOrSemicolonBetweenTwoDates() {
        assertEquals(List.of("2015: ", "the office held a workshop from 3 to 5 June 2015 in Bamako."),
                clauses("2015: the office held a workshop from 3 to 5 June 2015 in Bamako."));
        assertEquals(List.of("The fund opened in 2017 with four donors", "; its board first met on 4 May 2019."),
                clauses("The fund opened in 2017 with four donors; its board first met on 4 May 2019."));
    }

    @Test
    void keepsASentenceWithOneSpanWhole() {
        assertEquals(List.of("In 2019 UNDP opened two shelters and in 2019 it trained 40 judges."),
                clauses("In 2019 UNDP opened two shelters and in 2019 it trained 40 judges."));
        assertEquals(List.of("From 2017 to 2019, UNFPA and WHO trained midwives in Mali and Niger."),
                clauses("From 2017 to 2019, UNFPA and WHO trained midwives in Mali and Niger."));
    }
}
