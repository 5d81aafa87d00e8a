package org.improvementtracker.accounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.improvementtracker.WebSession;

/**
 * Someone guessing one account's password as fast as they can, half on the sign-in form and half with
 * HTTP Basic on the API, while other people go on working: each of them repeats a request of theirs for
 * as long as the attack lasts. Used by {@code SignInLoadTests} (behaviour) and {@code SignInLoadBenchmark}
 * (figures).
 */
final class SignInAttack {

    /** Threads guessing at once, as a small botnet or a script with a connection pool would. */
    static final int ATTACKERS = 20;

    private final int port;

    SignInAttack(int port) {
        this.port = port;
    }

    /** The status of every guess, and of every request the others made meanwhile with how long each took. */
    record Outcome(List<Integer> guesses, List<Integer> othersStatuses, long[] othersNanos, long attackNanos) {

        double othersMedianMs() {
            return percentileMs(50);
        }

        double othersP95Ms() {
            return percentileMs(95);
        }

        private double percentileMs(int percent) {
            return SignInAttack.percentileMs(othersNanos, percent);
        }

        String summary() {
            return String.format("%d guesses in %.1f s; other people's %d requests meanwhile: median %.1f ms, p95 %.1f ms",
                    guesses.size(), attackNanos / 1e9, othersNanos.length, othersMedianMs(), othersP95Ms());
        }
    }

    /**
     * Fires {@code guesses} wrong passwords for {@code username}, alternating form and API, while each of
     * {@code others} is repeated on its own thread until the last guess is answered.
     */
    Outcome run(String username, int guesses, List<Supplier<Integer>> others) throws Exception {
        List<Callable<Integer>> attempts = IntStream.range(0, guesses)
                .<Callable<Integer>>mapToObj(guess -> guess % 2 == 0
                        ? () -> formGuess(username, "guess " + guess)
                        : () -> apiGuess(username, "guess " + guess))
                .toList();
        AtomicBoolean attacking = new AtomicBoolean(true);
        ConcurrentLinkedQueue<long[]> othersTimed = new ConcurrentLinkedQueue<>();
        ExecutorService everyoneElse = Executors.newFixedThreadPool(others.size());
        for (Supplier<Integer> request : others) {
            everyoneElse.submit(() -> {
                do {
                    long started = System.nanoTime();
                    int status = request.get();
                    othersTimed.add(new long[] {status, System.nanoTime() - started});
                } while (attacking.get());
            });
        }
        ExecutorService attackers = Executors.newFixedThreadPool(ATTACKERS);
        List<Integer> answers = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (Future<Integer> answer : attackers.invokeAll(attempts)) {
                answers.add(answer.get());
            }
        } finally {
            attacking.set(false);
            attackers.shutdown();
            everyoneElse.shutdown();
        }
        long attackNanos = System.nanoTime() - started;
        if (!everyoneElse.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new AssertionError("Other people's requests did not finish within a minute of the attack");
        }
        List<Integer> statuses = othersTimed.stream().map(timed -> (int) timed[0]).toList();
        long[] nanos = othersTimed.stream().mapToLong(timed -> timed[1]).toArray();
        return new Outcome(answers, statuses, nanos, attackNanos);
    }

    /** The nearest-rank percentile of some timings, in milliseconds. */
    static double percentileMs(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** One guess on the sign-in form: 302 to the sign-in page, which then says why. */
    private int formGuess(String username, String password) {
        WebSession browser = new WebSession(port);
        browser.get("/login");
        WebSession.Page refused = browser.post("/login", Map.of("username", username, "password", password));
        if (refused.status() != 302 || !refused.location().contains("/login?error")) {
            return refused.status() == 302 ? 200 : refused.status();
        }
        return browser.get("/login?error").body().contains("Too many attempts") ? 429 : 401;
    }

    /** One guess with HTTP Basic on the API: 401, or 429 once the username is locked. */
    private int apiGuess(String username, String password) {
        return new WebSession(port).send("GET", "/api/plans", null, "Accept", "application/json",
                "Authorization", WebSession.basic(username, password)).status();
    }
}
