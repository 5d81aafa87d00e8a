package org.improvementtracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.reporting.CycleFixture.Cycle;
import org.improvementtracker.support.ConflictException;
import org.improvementtracker.support.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** A period's life: one live period per plan, states in order, reopening only with a reason, all on record. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class PeriodServiceTests {

    private static final PeriodDetails MAY = new PeriodDetails("May 2026", LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 7));
    private static final PeriodDetails JUNE = new PeriodDetails("June 2026", LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 7));

    @Autowired
    ApplicationContext context;

    @Autowired
    PeriodService periods;

    Cycle cycle;
    SignedInUser owner;
    long organisationId;

    @BeforeEach
    void plan() {
        CycleFixture fixture = new CycleFixture(context);
        cycle = fixture.plan(1);
        owner = fixture.user(cycle, Role.PLAN_OWNER);
        organisationId = cycle.organisation().id();
    }

    @Test
    void onlyOnePeriodOfAPlanIsLiveAtATime() {
        long may = periods.create(organisationId, cycle.planId(), MAY);
        long june = periods.create(organisationId, cycle.planId(), JUNE);
        periods.open(owner, cycle.planId(), may, 0);

        assertThatThrownBy(() -> periods.open(owner, cycle.planId(), june, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("May 2026 is still open: close it before opening June 2026");
        periods.review(owner, cycle.planId(), may, 1);
        assertThatThrownBy(() -> periods.open(owner, cycle.planId(), june, 0))
                .hasMessageContaining("May 2026 is still in review");

        periods.close(owner, cycle.planId(), may, 2);
        periods.open(owner, cycle.planId(), june, 0);
        assertThatThrownBy(() -> periods.reopen(owner, cycle.planId(), may, 3, "Late update"))
                .as("reopening is opening too").hasMessageContaining("June 2026 is still open");
        assertThat(periods.periods(organisationId, cycle.planId())).extracting(Period::label, Period::state)
                .containsExactly(tuple("May 2026", PeriodState.CLOSED), tuple("June 2026", PeriodState.OPEN));
    }

    @Test
    void statesMoveOnlyForwardInOrder() {
        long may = periods.create(organisationId, cycle.planId(), MAY);

        assertThatThrownBy(() -> periods.review(owner, cycle.planId(), may, 0))
                .hasMessageContaining("A period that is planned cannot be moved to in review");
        assertThatThrownBy(() -> periods.close(owner, cycle.planId(), may, 0))
                .hasMessageContaining("A period that is planned cannot be moved to closed");
        periods.open(owner, cycle.planId(), may, 0);
        assertThatThrownBy(() -> periods.open(owner, cycle.planId(), may, 1))
                .hasMessageContaining("A period that is open cannot be moved to open");
        periods.review(owner, cycle.planId(), may, 1);
        assertThatThrownBy(() -> periods.open(owner, cycle.planId(), may, 2))
                .hasMessageContaining("A period that is in review cannot be moved to open");
        periods.close(owner, cycle.planId(), may, 2);
        assertThatThrownBy(() -> periods.open(owner, cycle.planId(), may, 3))
                .hasMessageContaining("A period that is closed cannot be moved to open");

        assertThat(periods.period(organisationId, cycle.planId(), may).state()).isEqualTo(PeriodState.CLOSED);
    }

    @Test
    void aStaleVersionMovesNothing() {
        long may = periods.create(organisationId, cycle.planId(), MAY);
        periods.open(owner, cycle.planId(), may, 0);

        assertThatThrownBy(() -> periods.close(owner, cycle.planId(), may, 0)).isInstanceOf(ConflictException.class);
        assertThat(periods.period(organisationId, cycle.planId(), may).state()).isEqualTo(PeriodState.OPEN);
        assertThat(periods.events(organisationId, cycle.planId(), may)).hasSize(1);
    }

    @Test
    void reopeningNeedsAClosedPeriodAndAReason() {
        long may = periods.create(organisationId, cycle.planId(), MAY);
        periods.open(owner, cycle.planId(), may, 0);

        assertThatThrownBy(() -> periods.reopen(owner, cycle.planId(), may, 1, "Why not"))
                .hasMessageContaining("May 2026 is open, not closed, so there is nothing to reopen");
        periods.close(owner, cycle.planId(), may, 1);
        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> periods.reopen(owner, cycle.planId(), may, 2, blank))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("Enter why the period is being reopened");
        }
        assertThat(periods.period(organisationId, cycle.planId(), may).state()).isEqualTo(PeriodState.CLOSED);

        periods.reopen(owner, cycle.planId(), may, 2, "  The MASH update arrived late  ");
        assertThat(periods.period(organisationId, cycle.planId(), may).state()).isEqualTo(PeriodState.OPEN);
    }

    @Test
    void everyStateChangeIsRecordedWithWhoWhenAndWhy() {
        SignedInUser administrator = new CycleFixture(context).user(cycle, Role.ADMINISTRATOR);
        long may = periods.create(organisationId, cycle.planId(), MAY);
        Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
        periods.open(owner, cycle.planId(), may, 0);
        periods.close(owner, cycle.planId(), may, 1);
        periods.reopen(administrator, cycle.planId(), may, 2, "The MASH update arrived late");

        assertThat(periods.events(organisationId, cycle.planId(), may))
                .extracting(PeriodEvent::from, PeriodEvent::to, PeriodEvent::reason, PeriodEvent::byName)
                .containsExactly(
                        tuple(PeriodState.PLANNED, PeriodState.OPEN, null, owner.displayName()),
                        tuple(PeriodState.OPEN, PeriodState.CLOSED, null, owner.displayName()),
                        tuple(PeriodState.CLOSED, PeriodState.OPEN, "The MASH update arrived late",
                                administrator.displayName()));
        assertThat(periods.events(organisationId, cycle.planId(), may))
                .allSatisfy(event -> assertThat(event.at()).isAfter(before).isBefore(Instant.now().plusSeconds(1)));
    }

    @Test
    void aClosedPeriodCannotBeChanged() {
        long may = periods.create(organisationId, cycle.planId(), MAY);
        periods.open(owner, cycle.planId(), may, 0);
        periods.close(owner, cycle.planId(), may, 1);

        assertThatThrownBy(() -> periods.change(organisationId, cycle.planId(), may, 2, JUNE))
                .hasMessageContaining("May 2026 is closed and locked; reopen it to change it");
        assertThat(periods.period(organisationId, cycle.planId(), may).label()).isEqualTo("May 2026");
    }
}
