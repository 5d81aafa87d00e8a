package org.improvementtracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.PlanReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo's reporting history tells a story out of the box: it is how newcomers first see the cycle. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo-reporting;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ActiveProfiles("demo")
class DemoReportingTests {

    private static final long DEMO = 1;
    private static final long PLAN = 1;

    @Autowired JdbcClient jdbc;
    @Autowired PeriodService periods;
    @Autowired ScoreReader scores;
    @Autowired ProgressReader progress;
    @Autowired UserDetailsService users;
    @Autowired PlanReader plans;

    @Test
    void sixClosedPeriodsOfHistoryAndTheLatestOpen() {
        List<Period> all = periods.periods(DEMO, PLAN);
        assertThat(all).hasSize(7);
        assertThat(all.subList(0, 6)).allMatch(period -> period.state() == PeriodState.CLOSED);
        assertThat(all.get(6).state()).isEqualTo(PeriodState.OPEN);
        assertThat(all.get(6).label()).isEqualTo("November 2026");
    }

    @Test
    void everyActionWasRatedInEveryClosedPeriodAndTheOpenOneHasGaps() {
        List<Period> all = periods.periods(DEMO, PLAN);
        PeriodProgress october = progress.period(DEMO, PLAN, all.get(5).id());
        assertThat(october.actions()).hasSize(60).allMatch(ActionProgress::submitted);

        PeriodProgress november = progress.period(DEMO, PLAN, all.get(6).id());
        assertThat(november.submitted()).isBetween(20L, 45L);
        assertThat(november.awaiting()).isPositive();
        assertThat(november.returnedForChanges()).isEqualTo(2);
        assertThat(november.actions()).anyMatch(a -> a.updateState() == UpdateState.DRAFT);
    }

    @Test
    void theDashboardShowsImprovementStallsDeclinesAndCompletedWork() {
        List<Period> all = periods.periods(DEMO, PLAN);
        PeriodProgress october = progress.period(DEMO, PLAN, all.get(5).id());
        assertThat(october.actions()).anyMatch(a -> a.is(ActionState.STALLED));
        assertThat(october.actions()).anyMatch(a -> a.movement() == Movement.DECLINED);
        assertThat(october.actions()).anyMatch(a -> a.movement() == Movement.IMPROVED);
        assertThat(october.removed()).isNotEmpty();
        assertThat(october.exceptions()).isNotEmpty();

        PeriodScores scored = scores.scores(DEMO, PLAN, all.get(5).id());
        assertThat(scored.sections()).hasSize(8).allMatch(section -> section.score().isRated());
        assertThat(scored.score().isRated()).isTrue();
        assertThat(scored.previousPeriod().label()).isEqualTo("September 2026");
    }

    @Test
    void theDemoLeadHasActionsStillToUpdateInTheOpenPeriod() {
        List<MyAction> mine = progress.mine((SignedInUser) users.loadUserByUsername("lead"));
        assertThat(mine).isNotEmpty();
        assertThat(mine).anyMatch(MyAction::due);
        assertThat(mine).allMatch(action -> action.period() != null && action.period().label().equals("November 2026"));
    }

    @Test
    void historyIsKeptForEveryStep() {
        long events = jdbc.sql("select count(*) from progress_update_event").query(Long.class).single();
        long updates = jdbc.sql("select count(*) from progress_update").query(Long.class).single();
        assertThat(events).isGreaterThan(updates);
        assertThat(jdbc.sql("select count(*) from period_event").query(Long.class).single()).isEqualTo(13);
    }
}
