package org.improvementtracker.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever text a timescale cell holds, an imported one above all, the parser reads it without failing, keeps
 * the text exactly as given, and gives either a due date a plan could have or a problem for the owner to see.
 * A plain {@code mvn test} runs this in Jazzer's regression mode over the seeds in
 * {@code src/test/resources/org/improvementtracker/plans/TimescaleParserFuzzTestsInputs/}
 * {@code anyTextGivesADueDateOrAProblem} (timescales from the sample plans, blank and long garbage); set
 * {@code JAZZER_FUZZ=1} to fuzz for new inputs, which Jazzer adds there when they fail.
 */
class TimescaleParserFuzzTests {

    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    @FuzzTest(maxDuration = "60s")
    void anyTextGivesADueDateOrAProblem(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        Timescale timescale = TimescaleParser.parse(text);

        assertThat(timescale.text()).isSameAs(text);
        if (text.isBlank()) {
            assertThat(timescale.dueDate()).isNull();
            assertThat(timescale.problem()).isNull();
        } else {
            assertThat(timescale.parsed()).as("a due date xor a problem").isEqualTo(timescale.problem() == null);
        }
        if (timescale.parsed()) {
            assertThat(timescale.dueDate()).isBetween(EARLIEST, LATEST);
        } else if (!text.isBlank()) {
            assertThat(timescale.problem()).isNotBlank();
        }
    }
}
