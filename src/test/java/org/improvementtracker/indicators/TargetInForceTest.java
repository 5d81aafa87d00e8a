package org.improvementtracker.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which target applies to a month: monthly, else trajectory, else annual. */
class TargetInForceTest {

    private static final YearMonth JUNE_2015 = YearMonth.of(2015, 6);
    private static final BigDecimal ANNUAL = new BigDecimal("80");
    private static final Trajectory AUDITS = new Trajectory(null,
            List.of(new Milestone(LocalDate.of(2015, 3, 31), new BigDecimal("35")),
                    new Milestone(LocalDate.of(2015, 9, 30), new BigDecimal("50"))));

    @Test
    void anExplicitMonthlyTargetComesFirst() {
        TargetInForce target = TargetInForce.of(JUNE_2015, Map.of(JUNE_2015, new BigDecimal("40")), AUDITS, ANNUAL);
        assertThat(target.target()).isEqualByComparingTo("40");
        assertThat(target.source()).isEqualTo(TargetInForce.Source.MONTHLY);
    }

    @Test
    void elseTheTrajectory() {
        TargetInForce target = TargetInForce.of(JUNE_2015, Map.of(YearMonth.of(2015, 7), BigDecimal.TEN), AUDITS,
                ANNUAL);
        assertThat(target.target()).isEqualByComparingTo("42.5");
        assertThat(target.source()).isEqualTo(TargetInForce.Source.TRAJECTORY);
        assertThat(target.source().label()).isEqualTo("Trajectory");
    }

    @Test
    void elseTheAnnualTarget() {
        TargetInForce beforeTheTrajectory = TargetInForce.of(YearMonth.of(2015, 1), Map.of(), AUDITS, ANNUAL);
        assertThat(beforeTheTrajectory.target()).isEqualByComparingTo("80");
        assertThat(beforeTheTrajectory.source()).isEqualTo(TargetInForce.Source.ANNUAL);
        assertThat(TargetInForce.of(JUNE_2015, Map.of(), null, ANNUAL).source()).isEqualTo(TargetInForce.Source.ANNUAL);
    }

    @Test
    void elseNoneRatherThanZero() {
        TargetInForce none = TargetInForce.of(JUNE_2015, Map.of(), null, null);
        assertThat(none.isSet()).isFalse();
        assertThat(none.target()).isNull();
        assertThat(none.source().label()).isEqualTo("No target");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TargetInForce(BigDecimal.ZERO, TargetInForce.Source.NONE));
    }
}
