package org.improvementtracker;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.springframework.security.crypto.password.PasswordEncoder;

/** What every benchmark prints beside its timings, so that figures from different runs can be compared. */
public final class BenchmarkFigures {

    private BenchmarkFigures() {
    }

    /** The median time of a read and the statements it sent each time. */
    public record Timed(double medianMs, int statements) {
    }

    /** Times a read {@code times} times; statements are counted over all of them and must divide evenly. */
    public static Timed timed(StatementCounter counter, int times, String what, Runnable once) {
        long[] nanos = new long[times];
        int statements = counter.statementsOf(() -> {
            for (int i = 0; i < times; i++) {
                long started = System.nanoTime();
                once.run();
                nanos[i] = System.nanoTime() - started;
            }
        });
        if (statements % times != 0) {
            throw new AssertionError(what + " sent " + statements + " statements in " + times + " reads");
        }
        return new Timed(medianMs(nanos), statements / times);
    }

    /** The median of an even number of timings, in milliseconds. */
    public static double medianMs(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2e6;
    }

    /** The 1, 5 and 15 minute load averages where Linux gives them, else the 1 minute one. */
    public static String loadAverage() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException notLinux) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * The median time of one HTTP Basic password check: every API request pays it, because the API keeps
     * no session and BCrypt is slow on purpose.
     */
    public static double passwordCheckMs(PasswordEncoder passwords, String password, int times) {
        String hash = passwords.encode(password);
        long[] nanos = new long[times];
        for (int i = 0; i < times; i++) {
            long started = System.nanoTime();
            passwords.matches(password, hash);
            nanos[i] = System.nanoTime() - started;
        }
        return medianMs(nanos);
    }
}
