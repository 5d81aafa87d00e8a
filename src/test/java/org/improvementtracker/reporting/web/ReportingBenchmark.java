package org.improvementtracker.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementtracker.BenchmarkFigures.loadAverage;
import static org.improvementtracker.BenchmarkFigures.passwordCheckMs;
import static org.improvementtracker.BenchmarkRequests.pageRead;
import static org.improvementtracker.BenchmarkRequests.serverRead;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.improvementtracker.BenchmarkFigures;
import org.improvementtracker.BenchmarkFigures.Timed;
import org.improvementtracker.StatementCounter;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.WebSession;
import org.improvementtracker.accounts.ApiTokens;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.LargePlanGenerator;
import org.improvementtracker.plans.LargePlanGenerator.GeneratedPlan;
import org.improvementtracker.plans.LargePlanGenerator.Shape;
import org.improvementtracker.reporting.ReportingHistoryGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How the reporting reads hold up with a long history: plans of 100 actions over 6 monthly periods and
 * 1,000 actions over 36, the last period open. For the scores API and the dashboard (of the latest
 * closed period, and of the open one, which adds the "no update" states), the median of 20 requests
 * after a warm-up and the statements each sent. Prints a table with the load average. Not part of the
 * build: run with {@code ./mvnw -Pbenchmark verify} and copy the figures into docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestData.class, LargePlanGenerator.class, ReportingHistoryGenerator.class, StatementCounter.class})
class ReportingBenchmark {

    private static final int WARM_UP = 20;
    private static final int TIMED = 20;
    private static final double SCORES_TARGET_MS = 50;
    private static final double DASHBOARD_TARGET_MS = 200;

    @Autowired TestData testData;
    @Autowired LargePlanGenerator plans;
    @Autowired ReportingHistoryGenerator history;
    @Autowired StatementCounter counter;
    @Autowired ApiTokens tokens;
    @Autowired UserDetailsService accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired MockMvc mvc;

    @LocalServerPort int port;

    @Value("${spring.datasource.url}") String database;

    record Size(Shape shape, int months) {
    }

    record Measurement(Size size, String read, double medianMs, int statements) {
    }

    private record Reads(Size size, String scoresApi, String closedDashboard, String openDashboard) {
    }

    @Test
    void readingScoresWithLongHistories() {
        Organisation organisation = testData.organisation();
        SignedInUser owner = (SignedInUser) accounts.loadUserByUsername(organisation.username(Role.PLAN_OWNER));
        WebSession session = new WebSession(port).signIn(owner.username(), TestData.PASSWORD);
        String basic = WebSession.basic(owner.username(), TestData.PASSWORD);
        String bearer = "Bearer " + tokens.create(owner, "Reporting benchmark", 1).secret();
        System.out.printf("%nReporting benchmark: %d cores, Java %s, %s%nLoad average before: %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), database, loadAverage());

        List<Reads> plansRead = new ArrayList<>();
        for (Size size : List.of(new Size(new Shape(5, 4, 5, 1), 6), new Size(new Shape(10, 10, 10, 1), 36))) {
            long started = System.nanoTime();
            GeneratedPlan plan = plans.generate(organisation, size.shape(), size.shape().actions());
            List<Long> periods = history.generate(organisation.id(), plan.planId(), LocalDate.of(2024, 1, 1),
                    size.months(), owner.accountId(), size.months());
            System.out.printf("Generated %,d actions with %d months of history in %d ms%n", size.shape().actions(),
                    size.months(), (System.nanoTime() - started) / 1_000_000);
            long closed = periods.get(periods.size() - 2);
            String base = "/plans/" + plan.planId();
            plansRead.add(new Reads(size, "/api" + base + "/scores?period=" + closed, base + "/dashboard?period=" + closed,
                    base + "/dashboard"));
        }

        for (int i = 0; i < WARM_UP; i++) {
            for (Reads reads : plansRead) {
                serverRead(mvc, reads.scoresApi(), owner);
                pageRead(session, reads.closedDashboard());
                pageRead(session, reads.openDashboard());
            }
        }
        List<Measurement> measurements = new ArrayList<>();
        for (Reads reads : plansRead) {
            measurements.add(measure(reads.size(), "scores API (server, signed in)", () -> serverRead(mvc, reads.scoresApi(), owner)));
            measurements.add(measure(reads.size(), "scores API over HTTP Basic", () -> pageRead(session, reads.scoresApi(), basic)));
            // One untimed read first records the token's use, which is written at most once a minute, so
            // the timed reads that follow send the same statements each time.
            pageRead(session, reads.scoresApi(), bearer);
            measurements.add(measure(reads.size(), "scores API with an API token", () -> pageRead(session, reads.scoresApi(), bearer)));
            measurements.add(measure(reads.size(), "dashboard, closed period", () -> pageRead(session, reads.closedDashboard())));
            measurements.add(measure(reads.size(), "dashboard, open period", () -> pageRead(session, reads.openDashboard())));
        }

        System.out.printf("%n| actions | periods | read | median ms | statements / request |%n|---:|---:|---|---:|---:|%n");
        measurements.forEach(m -> System.out.printf("| %,d | %d | %s | %.1f | %d |%n", m.size().shape().actions(),
                m.size().months(), m.read(), m.medianMs(), m.statements()));
        System.out.printf("%nChecking one Basic password (BCrypt) takes %.1f ms%n",
                passwordCheckMs(passwords, TestData.PASSWORD, TIMED));
        System.out.printf("Load average after: %s%n", loadAverage());

        assertThat(measurements).filteredOn(m -> m.size().shape().actions() == 1_000)
                .allSatisfy(m -> {
                    if (m.read().startsWith("scores API (server")) {
                        assertThat(m.medianMs()).as(m.read()).isLessThan(SCORES_TARGET_MS);
                    } else if (m.read().startsWith("dashboard")) {
                        assertThat(m.medianMs()).as(m.read()).isLessThan(DASHBOARD_TARGET_MS);
                    }
                });
        for (String read : measurements.stream().map(Measurement::read).distinct().toList()) {
            assertThat(measurements).filteredOn(m -> m.read().equals(read)).extracting(Measurement::statements)
                    .as("statements of %s for 100 actions over 6 months and 1,000 over 36", read)
                    .containsOnly(measurements.stream().filter(m -> m.read().equals(read)).findFirst().orElseThrow()
                            .statements());
        }
    }

    private Measurement measure(Size size, String read, Runnable once) {
        Timed timed = BenchmarkFigures.timed(counter, TIMED, read, once);
        return new Measurement(size, read, timed.medianMs(), timed.statements());
    }
}
