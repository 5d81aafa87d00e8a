package org.improvementtracker.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementtracker.BenchmarkFigures.loadAverage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.improvementtracker.StatementCounter;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.LargePlanGenerator;
import org.improvementtracker.plans.LargePlanGenerator.GeneratedPlan;
import org.improvementtracker.plans.LargePlanGenerator.Shape;
import org.improvementtracker.reporting.ReportingHistoryGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 6's sizes: an organisation of 10 plans × 500 actions × 12 monthly periods, a rated update for most
 * actions in every period with two history events each; its export, and its restore into an empty
 * organisation, timed once each (both are one long operation, not a request to repeat), in wall-clock time and in
 * the calling thread's processor time (embedded H2 works on that thread too), which a busy machine does not
 * inflate. Not part of the build:
 * {@code ./mvnw -Pbenchmark verify -Dtest=ExportBenchmark}; figures go in docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest
@Import({TestData.class, LargePlanGenerator.class, ReportingHistoryGenerator.class, StatementCounter.class})
class ExportBenchmark {

    private static final int PLANS = 10;
    private static final Shape SHAPE = new Shape(5, 4, 25, 2);
    private static final int MONTHS = 12;
    private static final double EXPORT_TARGET_MS = 5_000;
    private static final double RESTORE_TARGET_MS = 20_000;

    @Autowired TestData testData;
    @Autowired LargePlanGenerator plans;
    @Autowired ReportingHistoryGenerator history;
    @Autowired StatementCounter counter;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrganisationExport export;
    @Autowired OrganisationRestore restore;

    @Value("${spring.datasource.url}") String database;

    @Test
    void exportAndRestoreAnOrganisationOfTenLargePlans() {
        System.out.printf("%nExport benchmark: %d cores, Java %s, max heap %d MB, %s%nLoad average before: %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), database, loadAverage());
        Organisation organisation = testData.organisation();
        long author = testData.accountId(organisation.username(Role.CONTRIBUTOR));
        long started = System.nanoTime();
        for (int plan = 0; plan < PLANS; plan++) {
            GeneratedPlan generated = plans.generate(organisation, SHAPE, plan);
            history.generate(organisation.id(), generated.planId(), LocalDate.of(2025, 4, 1), MONTHS, author, plan);
        }
        // Each update's history: saved and submitted, then approved.
        for (String kind : new String[] {"SUBMITTED", "APPROVED"}) {
            jdbc.update("""
                    insert into progress_update_event (organisation_id, update_id, action_id, period_id, kind, state,
                           proposed_rating, rating, update_text, evidence, account_id, happened_at)
                    select organisation_id, id, action_id, period_id, ?, ?, proposed_rating, rating, update_text, evidence,
                           author_id, saved_at from progress_update where organisation_id = ? order by id""",
                    kind, kind, organisation.id());
        }
        Long updates = jdbc.queryForObject("select count(*) from progress_update where organisation_id = ?", Long.class,
                organisation.id());
        System.out.printf("Generated %d plans of %,d actions, %d months: %,d updates, %,d events in %d ms%n", PLANS,
                SHAPE.actions(), MONTHS, updates, 2 * updates, (System.nanoTime() - started) / 1_000_000);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        long exportStart = System.nanoTime();
        long exportCpuStart = threads.getCurrentThreadCpuTime();
        int exportStatements = counter.statementsOf(() -> export.write(organisation.id(), document));
        double exportMs = (System.nanoTime() - exportStart) / 1e6;
        double exportCpuMs = (threads.getCurrentThreadCpuTime() - exportCpuStart) / 1e6;

        Organisation empty = testData.organisation();
        byte[] renamed = renamed(document.toByteArray(), organisation.name(), "Restored " + organisation.name());
        long restoreStart = System.nanoTime();
        long restoreCpuStart = threads.getCurrentThreadCpuTime();
        int restoreStatements = counter.statementsOf(() -> restore.restore(empty.id(),
                testData.accountId(empty.username(Role.ADMINISTRATOR)), new ByteArrayInputStream(renamed)));
        double restoreMs = (System.nanoTime() - restoreStart) / 1e6;
        double restoreCpuMs = (threads.getCurrentThreadCpuTime() - restoreCpuStart) / 1e6;

        System.out.printf("%n| operation | ms | CPU ms | target ms | statements (a batch counts once) | document MB |%n"
                + "|---|---|---|---|---|---|%n");
        System.out.printf("| export | %.0f | %.0f | %.0f | %d | %.1f |%n", exportMs, exportCpuMs, EXPORT_TARGET_MS,
                exportStatements, document.size() / 1e6);
        System.out.printf("| restore | %.0f | %.0f | %.0f | %d | |%n", restoreMs, restoreCpuMs, RESTORE_TARGET_MS,
                restoreStatements);
        System.out.printf("Load average after: %s%n", loadAverage());
        assertThat(jdbc.queryForObject("select count(*) from progress_update where organisation_id = ?", Long.class,
                empty.id())).isEqualTo(updates);
    }

    /** The same organisation under another name, since names are unique and the source is still here. */
    private static byte[] renamed(byte[] document, String from, String to) {
        String text = new String(document, StandardCharsets.UTF_8);
        Matcher name = Pattern.compile("\"name\":\"" + Pattern.quote(from) + "\"").matcher(text);
        assertThat(name.find()).isTrue();
        return (text.substring(0, name.start()) + "\"name\":\"" + to + "\"" + text.substring(name.end()))
                .getBytes(StandardCharsets.UTF_8);
    }
}
