package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives a plan many indicators with long runs of monthly values quickly, for tests and benchmarks, as
 * batched inserts: every unit, polarity and year-to-date rule in turn, each with a baseline, an annual
 * target, benchmarks for two years and, for one in three, a trajectory; one month in twelve missing.
 * Rates carry their numerator and denominator. The same seed gives the same figures. Import with
 * {@code @Import(IndicatorGenerator.class)}.
 */
@Component
public class IndicatorGenerator {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;

    IndicatorGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param sectionId the section the indicators belong to, or null
     * @param months how many months of values, the last being {@code lastMonth}
     * @return the indicators' ids
     */
    public List<Long> generate(long organisationId, long planId, Long sectionId, String codePrefix, int count,
            YearMonth lastMonth, int months, long accountId, long seed) {
        Random random = new Random(seed);
        YearMonth first = lastMonth.minusMonths(months - 1L);
        List<Long> ids = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Unit unit = Unit.values()[i % Unit.values().length];
            Polarity polarity = i % 3 == 0 ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER;
            YearToDateRule rule = unit.isRatio() ? YearToDateRule.RATIO_OF_SUMS
                    : YearToDateRule.values()[i % YearToDateRule.values().length];
            long id = insertIndicator(organisationId, planId, sectionId, codePrefix + (i + 1), unit, polarity, rule,
                    first.minusMonths(1));
            ids.add(id);
            if (i % 3 == 1) {
                jdbc.update("insert into indicator_milestone (organisation_id, indicator_id, due_on, target)"
                        + " values (?, ?, ?, ?)", organisationId, id, lastMonth.atEndOfMonth(), BigDecimal.valueOf(80));
            }
            for (String year : List.of("2023/24", "2024/25")) {
                jdbc.update("insert into indicator_benchmark (organisation_id, indicator_id, year_label, kind, figure,"
                        + " source_note) values (?, ?, ?, 'ENGLAND', ?, 'Generated')", organisationId, id, year,
                        BigDecimal.valueOf(40 + random.nextInt(40)));
            }
            for (int month = 0; month < months; month++) {
                YearMonth at = first.plusMonths(month);
                if (random.nextInt(12) == 0) {
                    continue;
                }
                values.add(value(organisationId, id, unit, at, random, accountId));
                if (values.size() == BATCH) {
                    insertValues(values);
                }
            }
        }
        insertValues(values);
        return ids;
    }

    private long insertIndicator(long organisationId, long planId, Long sectionId, String code, Unit unit,
            Polarity polarity, YearToDateRule rule, YearMonth baselineMonth) {
        jdbc.update("""
                insert into indicator (organisation_id, plan_id, section_id, code, name, definition, unit, polarity,
                                       decimals, ytd_rule, frequency, baseline_label, baseline_month, baseline_value,
                                       annual_target, tolerance)
                values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 'MONTHLY', 'Baseline', ?, 50, 70, 2)""",
                organisationId, planId, sectionId, code, "Generated indicator " + code, "Generated for a benchmark",
                unit.name(), polarity.name(), rule.name(), baselineMonth.atDay(1));
        return jdbc.queryForObject("select id from indicator where plan_id = ? and code = ?", Long.class, planId, code);
    }

    private static Object[] value(long organisationId, long indicatorId, Unit unit, YearMonth month, Random random,
            long accountId) {
        Timestamp enteredAt = Timestamp.from(month.plusMonths(1).atDay(10).atStartOfDay().toInstant(ZoneOffset.UTC));
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        BigDecimal figure;
        if (unit.isRatio()) {
            denominator = BigDecimal.valueOf(50 + random.nextInt(150));
            numerator = BigDecimal.valueOf(random.nextInt(denominator.intValue() + 1));
            figure = new Figures(null, numerator, denominator, null).withValueFor(unit).value();
        } else {
            figure = BigDecimal.valueOf(10 + random.nextInt(90));
        }
        return new Object[] {organisationId, indicatorId, month.atDay(1), figure, numerator, denominator,
                random.nextInt(5) == 0 ? "Generated note" : null, accountId, enteredAt};
    }

    private void insertValues(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into indicator_value (organisation_id, indicator_id, month_start, figure, numerator,
                                             denominator, note, entered_by, entered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        rows.clear();
    }
}
