package org.improvementtracker.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimescaleParserTest {

    private static final String UNPARSED = "UNPARSED";
    private static final String ONGOING = " ongoing";

    /**
     * Every timescale, date-due and dated-target string found in the sample plans under
     * ../shared/samples, then the other styles plans use. Expected: an ISO date or UNPARSED,
     * followed by "ongoing" when the text says the work carries on.
     */
    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # bury-inspection-action-plan-2013.txt: Timescale / Completion column
            i) Dec 13.                    | 2013-12-31
            iii) Oct 13                   | 2013-10-31
            March 14                      | 2014-03-31
            Oct 13 Sept.13                | UNPARSED
            March 14 Sept 14              | UNPARSED
            Oct.13                        | 2013-10-31
            i) Nov. 13                    | 2013-11-30
            ii) Sept.13                   | 2013-09-30
            iii) Sept. 13                 | 2013-09-30
            Sept 2013.                    | 2013-09-30
            Sept 13                       | 2013-09-30
            Oct. 13                       | 2013-10-31
            Sept.14                       | 2014-09-30
            Sept 13 - Jan 14.             | 2014-01-31
            Nov 13                        | 2013-11-30
            ii) Nov 13                    | 2013-11-30
            iii) Sept 13                  | 2013-09-30
            14. Nov 13                    | UNPARSED
            ii) Aug 13.                   | 2013-08-31
            iii) Jan 14                   | 2014-01-31
            # bury: header and extraction debris in the same column
            Timescale                     | UNPARSED
            Completion                    | UNPARSED
            Timeseare                     | UNPARSED
            VIOTOIA ZIGIOISIGE            | UNPARSED
            T                             | UNPARSED
            A                             | UNPARSED
            W 400                         | UNPARSED
            # bury: dated targets in the Measures of progress column
            by December 2013              | 2013-12-31
            by March 2014                 | 2014-03-31
            by Jan 2014                   | 2014-01-31
            by April 2014                 | 2014-04-30
            by Jan 2014 and implemented by April 2014 | UNPARSED
            by December 13                | 2013-12-31
            from March 14                 | 2014-03-31
            by December 13 and implemented from March 14 | UNPARSED
            Aug 2013                      | 2013-08-31
            Sept 14                       | 2014-09-30
            October 13                    | 2013-10-31
            throughout Nov 13             | 2013-11-30
            by end of Sept.               | UNPARSED
            during 2013                   | UNPARSED
            by Sept. 13                   | 2013-09-30
            by end Sept 13                | 2013-09-30
            from Sept 13                  | 2013-09-30
            by Nov 13                     | 2013-11-30
            by Jan 14                     | 2014-01-31
            by October 2013               | 2013-10-31
            from November 2013            | 2013-11-30
            by end of Oct 13              | 2013-10-31
            during Nov 13                 | 2013-11-30
            by end of October 13          | 2013-10-31
            October 2013                  | 2013-10-31
            June 2013                     | 2013-06-30

            # banes-improvement-plan-2013-14.txt: Date due column (one paragraph of a cell per line)
            Workshop June 2013 (and a follow-up Audit in November/ December 2013). | UNPARSED
            Oct – Nov 2013                | 2013-11-30
            Oct 2013                      | 2013-10-31
            July 2013                     | 2013-07-31
            Themed audit was undertaken in September. | UNPARSED
            By June 2013.                 | 2013-06-30
            Sept 2013                     | 2013-09-30
            By May 2013.                  | 2013-05-31
            March 2014                    | 2014-03-31
            Workshop by June 2013.        | 2013-06-30
            Workshops on analysis and outcome focused plans Oct-Nov 2013 | 2013-11-30
            Audit of CIN plans by June 2014 | 2014-06-30
            July 2013.                    | 2013-07-31
            On going                      | UNPARSED ongoing
            By September 2013.            | 2013-09-30
            Addressed within Service and/or Team meetings – May/June 2013. | 2013-06-30
            Sample Audits/Supervision (on-going) and thematic audit (September 2013). | 2013-09-30 ongoing
            September 2013.               | 2013-09-30
            Pilot from Sept 2013          | 2013-09-30
            First survey of YP with CIN plan closing date 21/13. Feedback Jan, report for March. | UNPARSED
            January 2014                  | 2014-01-31
            Panel established, first meeting Oct 2013 | 2013-10-31
            Awareness training delivered 2013 LSCB training early 2014 | UNPARSED
            October/November 2013.        | 2013-11-30
            Jan 2014                      | 2014-01-31
            Implement from 1/1/14         | 2014-01-01
            June 2013 and on-going.       | 2013-06-30 ongoing
            By Jan 2014                   | 2014-01-31
            Sept 2013 and on-going        | 2013-09-30 ongoing
            Nov 2013                      | 2013-11-30
            By early 2014 Supervision audit Dec 2013 | UNPARSED
            Date due                      | UNPARSED
            # banes: dated targets in the Update and Evidence of impact columns
            Feb 2014                      | 2014-02-28
            by Sept 2014                  | 2014-09-30
            from June 2014                | 2014-06-30
            went live on 8th July         | UNPARSED
            went live on 12th June 2013   | 2013-06-12
            1st May 2014                  | 2014-05-01
            early March 2014              | 2014-03-31
            by early Dec                  | UNPARSED
            early January                 | UNPARSED
            Sept/Oct 2013                 | 2013-10-31
            Nov/Dec audit                 | UNPARSED
            spring 2014                   | UNPARSED
            summer/autumn 2014            | UNPARSED
            Q4 monitoring data to March 2013 | UNPARSED

            # hillingdon-improvement-plan-2014-16.md: dated targets
            by end of March 2015          | 2015-03-31
            by March 2015                 | 2015-03-31
            until the end of May 2015     | 2015-05-31
            between the start of December 2014 and end of May 2015 | 2015-05-31
            in place April 2015           | 2015-04-30
            by end March 2015             | 2015-03-31
            by end September 2015         | 2015-09-30
            end March 2016                | 2016-03-31
            by end March 2016             | 2016-03-31
            by the end March 2015         | 2015-03-31
            end of March 2016             | 2016-03-31
            35 % by end March 2015, 50% by end September 2015, 80% end March 2016 | UNPARSED
            by 1st April 2015             | 2015-04-01
            by April 2015                 | 2015-04-30
            in April 2015                 | 2015-04-30
            is planned for April 2015     | 2015-04-30
            by the end of July 2015       | 2015-07-31
            by the end of March 2015      | 2015-03-31
            by April 20116                | UNPARSED
            30/03/15                      | 2015-03-30
            From November 2014            | 2014-11-30
            in August 2014                | 2014-08-31
            In 2015-16                    | UNPARSED
            over 2015-16                  | UNPARSED
            2014-16                       | UNPARSED
            within 26 weeks               | UNPARSED

            # other styles plans use
            Dec 13                        | 2013-12-31
            Sept 13 - Jan 14              | 2014-01-31
            Sept 13 – Jan 14              | 2014-01-31
            Sept 13 to Jan 14             | 2014-01-31
            Jan 14 - Sept 13              | UNPARSED
            By June 2013                  | 2013-06-30
            Apr-18                        | 2018-04-30
            Apr-18 - Jun-18               | 2018-06-30
            Oct 13 and ongoing            | 2013-10-31 ongoing
            Ongoing                       | UNPARSED ongoing
            ongoing                       | UNPARSED ongoing
            on-going                      | UNPARSED ongoing
            TBC                           | UNPARSED
            TBA                           | UNPARSED
            To be agreed                  | UNPARSED
            Immediate                     | UNPARSED
            Immediately                   | UNPARSED
            Summer 2014                   | UNPARSED
            Winter 2013/14                | UNPARSED
            2013                          | UNPARSED
            01/16/2018                    | 2018-01-16
            12/31/2018                    | 2018-12-31
            16/01/2018                    | 2018-01-16
            05/06/2018                    | 2018-06-05
            31/02/2018                    | UNPARSED
            13/13/2018                    | UNPARSED
            2018-01-16                    | 2018-01-16
            31 March 2016                 | 2016-03-31
            31st March 2016               | 2016-03-31
            13 Dec 13                     | 2013-12-13
            29 Feb 2015                   | UNPARSED
            Q1 2014/15                    | 2014-06-30
            Q2 2014-15                    | 2014-09-30
            Q3 2013/2014                  | 2013-12-31
            Q4 2013/14                    | 2014-03-31
            Q4 2013/15                    | UNPARSED
            Q4 2013                       | UNPARSED
            Q4                            | UNPARSED
            Sept.13                       | 2013-09-30
            Nov. 13                       | 2013-11-30
            Sep 13                        | 2013-09-30
            SEPT 13                       | 2013-09-30
            september 2013                | 2013-09-30
            Dec '13                       | 2013-12-31
            Sept13                        | 2013-09-30
            Dec2013                       | 2013-12-31
            (iv) Jan 14                   | 2014-01-31
            1) Dec 13                     | 2013-12-31
            i) Dec 13. ii) Dec 13.        | 2013-12-31
            i) Dec 13. ii) Jan 14.        | UNPARSED
            Dec 13 and Jan 14             | UNPARSED
            Dec 13th                      | UNPARSED
            "  Dec 13  "                  | 2013-12-31
            """)
    void readsTheDueDateAndKeepsTheText(String text, String expected) {
        Timescale timescale = TimescaleParser.parse(text);

        assertThat(timescale.text()).isEqualTo(text);
        assertThat(timescale.ongoing()).isEqualTo(expected.endsWith(ONGOING));
        String date = expected.replace(ONGOING, "");
        if (date.equals(UNPARSED)) {
            assertThat(timescale.parsed()).isFalse();
            assertThat(timescale.problem()).isNotBlank();
        } else {
            assertThat(timescale.dueDate()).isEqualTo(LocalDate.parse(date));
            assertThat(timescale.parsed()).isTrue();
            assertThat(timescale.problem()).isNull();
        }
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TBC                           | "TBC" is not a date
            On going                      | "On going" is not a date
            Immediate                     | "Immediate" is not a date
            Oct 13 Sept.13                | Several dates without a range
            Summer 2014                   | "Summer 2014" is a season, not a date
            during 2013                   | "2013" gives no month
            by end of Sept.               | "Sept" has no year
            31/02/2018                    | "31/02/2018" is not a valid date
            by April 20116                | "April 20116" is not a valid date
            by Dec 2103                   | "Dec 2103" is not in a year a plan could be due: dates from 1990 to 2100 are read
            31/12/0001                    | "31/12/0001" is not in a year a plan could be due: dates from 1990 to 2100 are read
            Q4 1899/1900                  | "Q4 1899/1900" is not in a year a plan could be due: dates from 1990 to 2100 are read
            Jan 14 - Sept 13              | "Jan 14 - Sept 13" ends before it starts
            Q4 2013                       | "Q4 2013" could be a calendar or a financial quarter
            14. Nov 13                    | "14" is not a recognised date
            Timescale                     | No date found
            """)
    void saysWhyNoDateCouldBeRead(String text, String problem) {
        assertThat(TimescaleParser.parse(text).problem()).isEqualTo(problem);
    }

    @Test
    void readsDatesSpacedWithNoBreakSpaces() {
        assertThat(TimescaleParser.parse("Sept\u00a013").dueDate()).isEqualTo(LocalDate.of(2013, 9, 30));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blankTextHasNothingToFlag(String text) {
        Timescale timescale = TimescaleParser.parse(text);

        assertThat(timescale.isBlank()).isTrue();
        assertThat(timescale.text()).isEqualTo(text);
        assertThat(timescale.dueDate()).isNull();
        assertThat(timescale.problem()).isNull();
        assertThat(timescale.ongoing()).isFalse();
        assertThat(timescale.parsed()).isFalse();
    }

    @Test
    void textIsNotBlankOnceItSaysAnything() {
        assertThat(TimescaleParser.parse("TBC").isBlank()).isFalse();
        assertThat(TimescaleParser.parse("Dec 13").isBlank()).isFalse();
    }
}
