package org.evaw.mapping.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/** Which date phrases of prose say when something was done, and the months they cover. */
class DatePhrasesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2021, UNDP trained judges.                          | 2021           | 2021-01 | 2021-12
            UNDP trained judges in June 2015.                      | June 2015      | 2015-06 | 2015-06
            In 2022 and 2023, WHO trained nurses.                  | 2022 and 2023  | 2022-01 | 2023-12
            During 2021–2022 the project ran.                      | 2021–2022      | 2021-01 | 2022-12
            From 2021 to 2022 the project ran.                     | 2021 to 2022   | 2021-01 | 2022-12
            It ran between July 2016 and December 2017.            | July 2016 and December 2017 | 2016-07 | 2017-12
            Between January and December 2014, the DTM verified sites. | January and December 2014 | 2014-01 | 2014-12
            Since 2019, UNFPA has worked with UPP.                 | 2019           | 2019-01 |
            Since April 2015 the programme has worked in villages. | April 2015     | 2015-04 |
            On 21 August 2019 she briefed the Council.             | 21 August 2019 | 2019-08 | 2019-08
            In 2016 club members reported stronger leadership.     | 2016           | 2016-01 | 2016-12
            in 2021-22 the fund grew.                              | 2021-22        | 2021-01 | 2022-12
            The law was adopted in 2018, and UNDP trained judges on it in 2021.  | 2021 | 2021-01 | 2021-12
            Signed by the Minister, the plan guided the work UNDP began in June 2019. | June 2019 | 2019-06 | 2019-06
            """)
    void readsWhenSomethingWasDone(String text, String label, String start, String end) {
        List<Period> found = DatePhrases.find(text, 0, text.length());
        assertEquals(1, found.size(), found.toString());
        Period p = found.get(0);
        assertEquals(List.of(label, start, end == null ? "" : end),
                List.of(p.label(), p.from().toString(), p.isOpen() ? "" : p.to().toString()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "date-phrases.txt", delimiter = '|')
    void readsHalvesQuartersFiscalYearsAndFrenchAndSpanishDates(String text, String label, String start, String end) {
        readsWhenSomethingWasDone(text, label, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            It acts under Security Council resolution 1325 (2000).
            It supported Law 1257 of 2008 on violence against women.
            It aims to end child marriage by 2030.
            It aligns with the 2030 Agenda for Sustainable Development.
            It supported the law adopted in 2019 by parliament.
            The convention entered into force in 2021.
            It reached women in 2000 households.
            It published the Handbook (2014).
            It aims to train 500 judges by the end of 2030.
            Le code a été adopté en 2019.
            Of all victims detected worldwide in 2020, four in ten were women.
            It counted the women killed by partners in 2019.
            Reported cases rose from 12 to 14 percent.
            The survey used data from 2015 on reported cases.
            The bill was adopted unanimously by the Council of Ministers on 30 May 2018.
            The plan was endorsed by the Ministry of Women and Social Affairs in March 2020.
            The code was passed by Parliament in 2019.
            The Council adopted resolution 2467 in 2019.
            The parliament adopted the law on 24-27 August 2015.
            It trained 24-27 staff members of 2015 cohorts.
            She was a 25 year old survivor of the 2012 attacks.
            A Lei n.º 25/2011, de 14 de julho de 2011, protege as vítimas.
            """)
    void leavesDatesThatDoNotSayWhenTheWorkWasDone(String text) {
        assertEquals(List.of(), DatePhrases.find(text, 0, text.length()));
    }
}
