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
