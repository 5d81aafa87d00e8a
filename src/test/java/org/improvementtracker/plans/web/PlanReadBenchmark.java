package org.improvementtracker.plans.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementtracker.BenchmarkFigures.loadAverage;
import static org.improvementtracker.BenchmarkFigures.medianMs;
import static org.improvementtracker.BenchmarkFigures.passwordCheckMs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.improvementtracker.StatementCounter;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.plans.LargePlanGenerator;
import org.improvementtracker.plans.LargePlanGenerator.GeneratedPlan;
import org.improvementtracker.plans.LargePlanGenerator.Shape;
import org.improvementtracker.plans.web.PlanReads.Read;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How reading a plan holds up as plans grow to 100, 1,000 and 5,000 actions: for the overview, a
 * section page and the API's whole plan, the median time of 20 requests after a warm-up, timed by the
 * client over loopback, and the statements each request sent. Prints a table with the machine's load
 * average, since figures from a busy machine mean little. Not part of the build: run with
 * {@code ./mvnw -Pbenchmark verify} and copy the figures into docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestData.class, LargePlanGenerator.class, StatementCounter.class})
class PlanReadBenchmark {

    /** 5 × 4 × 5, 10 × 10 × 10 and 10 × 20 × 25 actions: sections grow from 20 to 500 actions. */
    private static final List<Shape> SIZES = List.of(new Shape(5, 4, 5, 2), new Shape(10, 10, 10, 2),
            new Shape(10, 20, 25, 2));
    /** Rounds of every read of every size before timing. */
    private static final int WARM_UP = 20;
    private static final int TIMED = 20;
    /** The overview of a 1,000-action plan answers within this on a 2-core machine. */
    private static final double OVERVIEW_TARGET_MS = 150;

    @Autowired
    TestData testData;

    @Autowired
    LargePlanGenerator generator;

    @Autowired
    StatementCounter counter;

    @LocalServerPort
    int port;

    @Autowired
    PasswordEncoder passwords;

    @Value("${spring.datasource.url}")
    String database;

    record Measurement(Shape shape, Read read, double medianMs, int statements, int kilobytes) {
    }

    @Test
    void readingLargePlans() {
        Organisation organisation = testData.organisation();
        PlanReads reads = new PlanReads(port, organisation);
        System.out.printf("%nPlan read benchmark: %d cores, Java %s, %s%nLoad average before: %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), database, loadAverage());
        Map<Shape, GeneratedPlan> plans = new LinkedHashMap<>();
        for (Shape shape : SIZES) {
            long started = System.nanoTime();
            plans.put(shape, generator.generate(organisation, shape, shape.actions()));
            System.out.printf("Generated %,d actions in %d ms%n", shape.actions(), (System.nanoTime() - started) / 1_000_000);
        }
        // Every read of every size before any is timed, so the first size timed does not pay for the JIT.
        for (int i = 0; i < WARM_UP; i++) {
            plans.values().forEach(plan -> Arrays.stream(Read.values()).forEach(read -> reads.read(read, plan)));
        }
        List<Measurement> measurements = plans.entrySet().stream().flatMap(plan -> Arrays.stream(Read.values())
                .map(read -> measure(reads, read, plan.getValue(), plan.getKey()))).toList();

        System.out.printf("%n| actions | read | median ms | statements / request | response KB |%n|---:|---|---:|---:|---:|%n");
        measurements.forEach(m -> System.out.printf("| %,d | %s | %.1f | %s | %,d |%n", m.shape().actions(),
                m.read().label, m.medianMs(), m.statements(), m.kilobytes()));
        System.out.printf("%nOf which each API request spends checking the Basic password (BCrypt): %.1f ms%n",
                passwordCheckMs(passwords, TestData.PASSWORD, TIMED));
        System.out.printf("Load average after: %s%n", loadAverage());

        assertThat(measurements).filteredOn(m -> m.shape().actions() == 1_000 && m.read() == Read.OVERVIEW)
                .singleElement().satisfies(m -> assertThat(m.medianMs()).as("overview of 1,000 actions, ms")
                        .isLessThan(OVERVIEW_TARGET_MS));
    }

    /** Times {@link #TIMED} reads; the statements are a whole number per read, or the test says so. */
    private Measurement measure(PlanReads reads, Read read, GeneratedPlan plan, Shape shape) {
        long[] nanos = new long[TIMED];
        int[] length = new int[1];
        int statements = counter.statementsOf(() -> {
            for (int i = 0; i < TIMED; i++) {
                long started = System.nanoTime();
                length[0] = reads.read(read, plan).body().length();
                nanos[i] = System.nanoTime() - started;
            }
        });
        assertThat(statements % TIMED).as("statements of %s, %d times", read.label, TIMED).isZero();
        return new Measurement(shape, read, medianMs(nanos), statements / TIMED, length[0] / 1024);
    }
}
