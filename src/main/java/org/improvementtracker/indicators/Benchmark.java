package org.improvementtracker.indicators;

import java.math.BigDecimal;

/** A comparator's figure for one year, such as the England average for "2024/25", with where it came from. */
public record Benchmark(String yearLabel, BenchmarkKind kind, BigDecimal value, String sourceNote) {
}
