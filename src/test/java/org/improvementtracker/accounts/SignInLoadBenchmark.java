package org.improvementtracker.accounts;

import static org.improvementtracker.BenchmarkFigures.loadAverage;

import java.util.List;
import java.util.function.Supplier;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.WebSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * How other people's requests fare while one account is attacked with 200 wrong passwords at once (the
 * attack of {@code SignInLoadTests}): their median and 95th percentile times with nobody attacking, then
 * during each of three attacks on fresh accounts. Not part of the build: run with
 * {@code ./mvnw -Pbenchmark verify -Dtest=SignInLoadBenchmark} and copy the figures into docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class SignInLoadBenchmark {

    private static final int GUESSES = 200;
    private static final int ATTACKS = 3;
    private static final int QUIET_REQUESTS = 60;

    @Autowired
    TestData testData;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountDetailsService accounts;

    @LocalServerPort
    int port;

    @Value("${spring.datasource.url}")
    String database;

    @Test
    void otherPeopleDuringAnAttackOnOneAccount() throws Exception {
        Organisation elsewhere = testData.organisation();
        List<Supplier<Integer>> others = othersAtWork(elsewhere);
        System.out.printf("%nSign-in attack benchmark: %d cores, Java %s, %s%nLoad average before: %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), database, loadAverage());
        long[] warmUp = quiet(others);
        long[] quiet = quiet(others);
        System.out.printf("| %-28s | %10s | %8s | %8s | %s |%n", "", "requests", "median ms", "p95 ms", "guesses refused");
        System.out.printf("| %-28s | %10d | %8.1f | %8.1f | %s |%n", "nobody attacking", quiet.length,
                SignInAttack.percentileMs(quiet, 50), SignInAttack.percentileMs(quiet, 95), "");
        for (int attack = 1; attack <= ATTACKS; attack++) {
            String victim = testData.organisation().username(Role.PLAN_OWNER);
            SignInAttack.Outcome outcome = new SignInAttack(port).run(victim, GUESSES, others);
            long locked = outcome.guesses().stream().filter(status -> status == 429).count();
            System.out.printf("| %-28s | %10d | %8.1f | %8.1f | %d of %d locked out, in %.1f s |%n",
                    "during attack " + attack, outcome.othersNanos().length, outcome.othersMedianMs(),
                    outcome.othersP95Ms(), locked, GUESSES, outcome.attackNanos() / 1e9);
            if (!outcome.othersStatuses().stream().allMatch(status -> status == 200)) {
                throw new AssertionError("Another person's request failed during the attack: " + outcome.othersStatuses());
            }
        }
        System.out.printf("Load average after: %s (warm-up of %d requests not shown)%n", loadAverage(), warmUp.length);
    }

    /** Each of the others' requests in turn, {@link #QUIET_REQUESTS} in all, with nobody attacking. */
    private static long[] quiet(List<Supplier<Integer>> others) {
        long[] nanos = new long[QUIET_REQUESTS];
        for (int i = 0; i < QUIET_REQUESTS; i++) {
            long started = System.nanoTime();
            int status = others.get(i % others.size()).get();
            nanos[i] = System.nanoTime() - started;
            if (status != 200) {
                throw new AssertionError("Answered " + status + " with nobody attacking");
            }
        }
        return nanos;
    }

    /** The same people as in SignInLoadTests: two in their browsers and a script with a token. */
    private List<Supplier<Integer>> othersAtWork(Organisation elsewhere) {
        WebSession contributor = new WebSession(port).signIn(elsewhere.username(Role.CONTRIBUTOR), TestData.PASSWORD);
        WebSession viewer = new WebSession(port).signIn(elsewhere.username(Role.VIEWER), TestData.PASSWORD);
        String token = tokens.create(accounts.loadUserByUsername(elsewhere.username(Role.PLAN_OWNER)), "Power BI", 30)
                .secret();
        WebSession script = new WebSession(port);
        return List.of(
                () -> contributor.get("/plans").status(),
                () -> viewer.get("/plans").status(),
                () -> script.send("GET", "/api/plans", null, "Accept", "application/json",
                        "Authorization", "Bearer " + token).status());
    }
}
