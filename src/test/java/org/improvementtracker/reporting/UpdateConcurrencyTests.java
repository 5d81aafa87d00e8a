package org.improvementtracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.reporting.CycleFixture.Cycle;
import org.improvementtracker.support.ConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fifty people pressing "Submit" at the same moment, on real threads against the real database: on one
 * update exactly one wins and the others are told someone else saved first; on fifty updates all win.
 * Nothing is lost and nothing is recorded twice.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class UpdateConcurrencyTests {

    private static final int THREADS = 50;

    @Autowired
    ApplicationContext context;

    @Autowired
    UpdateService updates;

    @Autowired
    JdbcClient jdbc;

    CycleFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CycleFixture(context);
    }

    /** What one thread's call ended in: the saved update, or the exception it threw. */
    record Outcome(ProgressUpdate saved, Exception failure) {
    }

    @Test
    void fiftySubmissionsOfOneDraftLeaveOneSubmissionAndFortyNineConflicts() throws Exception {
        Cycle cycle = fixture.plan(1);
        long periodId = fixture.openPeriod(cycle, "May 2026", 5);
        SignedInUser lead = fixture.user(cycle, Role.CONTRIBUTOR);
        ProgressUpdate draft = updates.save(lead, cycle.planId(), cycle.actionId(), periodId, null,
                new UpdateDraft(2, "Draft", null, false));

        List<Outcome> outcomes = all(i -> () -> updates.save(lead, cycle.planId(), cycle.actionId(), periodId,
                draft.version(), new UpdateDraft(3, "Submitted by attempt " + i, "Evidence " + i, true)));

        List<Outcome> won = outcomes.stream().filter(outcome -> outcome.saved() != null).toList();
        assertThat(won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome.failure() != null)
                .hasSize(THREADS - 1)
                .allSatisfy(outcome -> assertThat(outcome.failure()).isInstanceOf(ConflictException.class));
        ProgressUpdate stored = updates.update(cycle.organisation().id(), cycle.actionId(), periodId).orElseThrow();
        assertThat(stored.state()).isEqualTo(UpdateState.SUBMITTED);
        assertThat(stored.text()).isEqualTo(won.get(0).saved().text());
        assertThat(stored.version()).isEqualTo(draft.version() + 1);
        assertThat(eventCount(cycle, "SUBMITTED")).isEqualTo(1);
        assertThat(eventCount(cycle, "SAVED")).isEqualTo(1);
    }

    @Test
    void fiftyFirstSavesOfOneUpdateMakeOneUpdate() throws Exception {
        Cycle cycle = fixture.plan(1);
        long periodId = fixture.openPeriod(cycle, "May 2026", 5);
        SignedInUser lead = fixture.user(cycle, Role.CONTRIBUTOR);

        List<Outcome> outcomes = all(i -> () -> updates.save(lead, cycle.planId(), cycle.actionId(), periodId, null,
                new UpdateDraft(3, "Attempt " + i, null, true)));

        assertThat(outcomes).filteredOn(outcome -> outcome.saved() != null).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome.failure() != null).hasSize(THREADS - 1)
                .allSatisfy(outcome -> assertThat(outcome.failure()).isInstanceOf(ConflictException.class));
        assertThat(updateCount(cycle)).isEqualTo(1);
        assertThat(eventCount(cycle, "SUBMITTED")).isEqualTo(1);
    }

    @Test
    void fiftySubmissionsOfFiftyUpdatesAllSucceedOnce() throws Exception {
        Cycle cycle = fixture.plan(THREADS);
        long periodId = fixture.openPeriod(cycle, "May 2026", 5);
        SignedInUser lead = fixture.user(cycle, Role.CONTRIBUTOR);

        List<Outcome> outcomes = all(i -> () -> updates.save(lead, cycle.planId(), cycle.actionIds().get(i),
                periodId, null, new UpdateDraft(3, "Update of action " + i, null, true)));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
        assertThat(outcomes).extracting(outcome -> outcome.saved().actionId())
                .containsExactlyInAnyOrderElementsOf(cycle.actionIds());
        assertThat(updateCount(cycle)).isEqualTo(THREADS);
        assertThat(eventCount(cycle, "SUBMITTED")).isEqualTo(THREADS);
        for (int i = 0; i < THREADS; i++) {
            assertThat(updates.update(cycle.organisation().id(), cycle.actionIds().get(i), periodId).orElseThrow()
                    .text()).isEqualTo("Update of action " + i);
        }
    }

    /** Runs the calls on their own threads, released together, and waits for every one to end. */
    private static List<Outcome> all(IntFunction<Callable<ProgressUpdate>> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Callable<ProgressUpdate> attempt = call.apply(i);
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return new Outcome(attempt.call(), null);
                    } catch (Exception failure) {
                        return new Outcome(null, failure);
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(2, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private long updateCount(Cycle cycle) {
        return jdbc.sql("select count(*) from progress_update where plan_id = ?").param(cycle.planId())
                .query(Long.class).single();
    }

    private long eventCount(Cycle cycle, String kind) {
        return jdbc.sql("""
                select count(*) from progress_update_event e join progress_update u on u.id = e.update_id
                where u.plan_id = ? and e.kind = ?""").params(cycle.planId(), kind).query(Long.class).single();
    }
}
