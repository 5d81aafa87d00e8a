package org.improvementtracker.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.constraints.DateRange;

class TimescaleParserPropertiesTest {

    // en-GB writes "Sept", en-US "Sep": plans use both.
    private static final Locale[] LOCALES = {Locale.UK, Locale.US};

    @Property
    void anyTextIsReadWithoutFailingAndKeptAsGiven(@ForAll String text) {
        assertKeptAndConsistent(text);
    }

    @Property
    void anyDateLikeTextIsReadWithoutFailingAndKeptAsGiven(@ForAll("dateLikeText") String text) {
        assertKeptAndConsistent(text);
    }

    @Property
    void readsDayMonthYear(@ForAll @DateRange(min = "1990-01-01", max = "2100-12-31") LocalDate date) {
        for (Locale locale : LOCALES) {
            assertThat(dueDate(date, "d MMMM yyyy", locale)).isEqualTo(date);
        }
    }

    @Property
    void readsNumericDayMonthYear(@ForAll @DateRange(min = "1990-01-01", max = "2100-12-31") LocalDate date) {
        assertThat(dueDate(date, "dd/MM/yyyy", Locale.UK)).isEqualTo(date);
    }

    @Property
    void readsMonthYearAsTheEndOfTheMonth(@ForAll @DateRange(min = "1990-01-01", max = "2100-12-31") LocalDate date) {
        for (Locale locale : LOCALES) {
            assertThat(dueDate(date, "MMMM yyyy", locale)).isEqualTo(endOfMonth(date));
        }
    }

    @Property
    void readsTwoDigitYearsAsThisCentury(@ForAll @DateRange(min = "2000-01-01", max = "2099-12-31") LocalDate date) {
        for (Locale locale : LOCALES) {
            assertThat(dueDate(date, "MMM yy", locale)).isEqualTo(endOfMonth(date));
        }
    }

    /** Fragments of real timescales, shuffled, to reach the corners of the scanner. */
    @Provide
    Arbitrary<String> dateLikeText() {
        return Arbitraries.of("Sept", "Dec", "may", "13", "2013", "2013/14", "Q4", "31", "02", "/", "-", "–", ".",
                        " ", " and ", " between ", " to ", "i)", "1)", "ongoing", "TBC", "Summer", "20116", "end of")
                .list().ofMaxSize(8)
                .map(fragments -> String.join("", fragments));
    }

    private static void assertKeptAndConsistent(String text) {
        Timescale timescale = TimescaleParser.parse(text);

        assertThat(timescale.text()).isSameAs(text);
        if (!timescale.isBlank()) {
            assertThat(timescale.problem() == null).isEqualTo(timescale.parsed());
        }
    }

    private static LocalDate dueDate(LocalDate date, String pattern, Locale locale) {
        String text = date.format(DateTimeFormatter.ofPattern(pattern, locale));
        Timescale timescale = TimescaleParser.parse(text);
        assertThat(timescale.problem()).as(text).isNull();
        return timescale.dueDate();
    }

    private static LocalDate endOfMonth(LocalDate date) {
        return date.withDayOfMonth(date.lengthOfMonth());
    }
}
