package org.evaw.mapping.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates of adoption, of crimes and of plans' names are no periods of work; the work's own date beside them is. */
class OtherDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "other-dates.txt", delimiter = '|')
    void leavesDatesOfSomethingOtherThanTheWork(String sentence) {
        assertEquals(List.of(), DatePhrases.find(sentence, 0, sentence.length()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Under resolution 2100 (2013), the mission trained 80 police officers in 2014.        | 2014
            In 2016 the secretariat drafted the Gender Action Plan that the Assembly approved. | 2016
            The project ran 2016-2019 in four provinces.                                        | 2016-2019
            In the 2018–2019 biennium the office trained nurses.                                | 2018–2019
            """)
    void keepsTheWorksOwnDate(String sentence, String label) {
        assertEquals(List.of(label), DatePhrases.find(sentence, 0, sentence.length()).stream().map(Period::label).toList());
    }
}
