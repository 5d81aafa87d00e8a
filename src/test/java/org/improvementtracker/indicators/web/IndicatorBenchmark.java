package org.improvementtracker.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementtracker.BenchmarkFigures.loadAverage;
import static org.improvementtracker.BenchmarkFigures.passwordCheckMs;
import static org.improvementtracker.BenchmarkRequests.pageRead;
import static org.improvementtracker.BenchmarkRequests.serverRead;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.improvementtracker.BenchmarkFigures;
import org.improvementtracker.BenchmarkFigures.Timed;
import org.improvementtracker.StatementCounter;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.WebSession;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.indicators.IndicatorGenerator;
import org.improvementtracker.plans.PlanStatus;
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
 * How the indicator reads hold up with many indicators and long runs of months: a section of 50
 * indicators with 12 months of values and one with 60, and a plan of 200 indicators with 24 months.
 * For the section's indicator table and the plan's indicators API, the median of 20 reads after a
 * warm-up and the statements each sent. Prints a table with the load average. Not part of the build:
 * run with {@code ./mvnw -Pbenchmark verify} and copy the figures into docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestData.class, IndicatorGenerator.class, StatementCounter.class})
class IndicatorBenchmark {

    private static final int WARM_UP = 20;
    private static final int TIMED = 20;
    private static final double TARGET_MS = 100;
    private static final YearMonth LAST_MONTH = YearMonth.of(2026, 10);

    @Autowired TestData testData;
    @Autowired IndicatorGenerator generator;
    @Autowired StatementCounter counter;
    @Autowired UserDetailsService accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired MockMvc mvc;

    @LocalServerPort int port;

    @Value("${spring.datasource.url}") String database;

    record Size(int indicators, int months) {
    }

    record Measurement(Size size, String read, double medianMs, int statements) {
    }

    private record Reads(Size size, String table, String api) {
    }

    @Test
    void readingIndicatorsWithLongRunsOfMonths() {
        Organisation organisation = testData.organisation();
        SignedInUser owner = (SignedInUser) accounts.loadUserByUsername(organisation.username(Role.PLAN_OWNER));
        WebSession session = new WebSession(port).signIn(owner.username(), TestData.PASSWORD);
        String basic = WebSession.basic(owner.username(), TestData.PASSWORD);
        System.out.printf("%nIndicator benchmark: %d cores, Java %s, %s%nLoad average before: %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), database, loadAverage());

        List<Reads> plansRead = new ArrayList<>();
        for (Size size : List.of(new Size(50, 12), new Size(50, 60), new Size(200, 24))) {
            long started = System.nanoTime();
            long planId = testData.plan(organisation, PlanStatus.ACTIVE);
            long sectionId = testData.section(organisation, planId, "1", "Indicators");
            generator.generate(organisation.id(), planId, sectionId, "B", size.indicators(), LAST_MONTH,
                    size.months(), owner.accountId(), size.months());
            System.out.printf("Generated %d indicators with %d months of values in %d ms%n", size.indicators(),
                    size.months(), (System.nanoTime() - started) / 1_000_000);
            String query = "/indicators?month=" + LAST_MONTH;
            plansRead.add(new Reads(size, "/plans/" + planId + query + "&section=" + sectionId,
                    "/api/plans/" + planId + query));
        }

        for (int i = 0; i < WARM_UP; i++) {
            for (Reads reads : plansRead) {
                pageRead(session, reads.table());
                serverRead(mvc, reads.api(), owner);
            }
        }
        List<Measurement> measurements = new ArrayList<>();
        for (Reads reads : plansRead) {
            measurements.add(measure(reads.size(), "section indicator table", () -> pageRead(session, reads.table())));
            measurements.add(measure(reads.size(), "indicators API (server, signed in)",
                    () -> serverRead(mvc, reads.api(), owner)));
            measurements.add(measure(reads.size(), "indicators API over HTTP Basic",
                    () -> pageRead(session, reads.api(), basic)));
        }

        System.out.printf("%n| indicators | months | read | median ms | statements / request |%n|---:|---:|---|---:|---:|%n");
        measurements.forEach(m -> System.out.printf("| %d | %d | %s | %.1f | %d |%n", m.size().indicators(),
                m.size().months(), m.read(), m.medianMs(), m.statements()));
        System.out.printf("%nChecking one Basic password (BCrypt) takes %.1f ms%n",
                passwordCheckMs(passwords, TestData.PASSWORD, TIMED));
        System.out.printf("Load average after: %s%n", loadAverage());

        assertThat(measurements).filteredOn(m -> m.size().equals(new Size(50, 60)) && m.read().startsWith("section"))
                .singleElement().satisfies(m -> assertThat(m.medianMs()).as(m.read()).isLessThan(TARGET_MS));
        assertThat(measurements).filteredOn(m -> m.size().indicators() == 200 && m.read().contains("server"))
                .singleElement().satisfies(m -> assertThat(m.medianMs()).as(m.read()).isLessThan(TARGET_MS));
        for (String read : measurements.stream().map(Measurement::read).distinct().toList()) {
            assertThat(measurements).filteredOn(m -> m.read().equals(read)).extracting(Measurement::statements)
                    .as("statements of %s for every size", read).containsOnly(measurements.stream()
                            .filter(m -> m.read().equals(read)).findFirst().orElseThrow().statements());
        }
    }

    private Measurement measure(Size size, String read, Runnable once) {
        Timed timed = BenchmarkFigures.timed(counter, TIMED, read, once);
        return new Measurement(size, read, timed.medianMs(), timed.statements());
    }
}
