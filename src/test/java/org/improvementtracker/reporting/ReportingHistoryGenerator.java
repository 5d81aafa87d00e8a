package org.improvementtracker.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives a plan months of reporting history quickly, for tests and benchmarks: monthly periods (all
 * closed but the last, which is open) and an approved update with a rating for most actions in each,
 * as batched inserts. The same seed gives the same history. Import with
 * {@code @Import(ReportingHistoryGenerator.class)}.
 */
@Component
public class ReportingHistoryGenerator {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;

    ReportingHistoryGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param months how many monthly periods, the first starting in {@code firstMonth}
     * @param authorAccountId the account recorded as author and moderator
     * @return the periods' ids, oldest first
     */
    public List<Long> generate(long organisationId, long planId, LocalDate firstMonth, int months, long authorAccountId,
            long seed) {
        Random random = new Random(seed);
        List<Long> actionIds = jdbc.queryForList("select id from action where plan_id = ? order by id", Long.class,
                planId);
        List<Long> periodIds = new ArrayList<>();
        for (int month = 0; month < months; month++) {
            LocalDate start = firstMonth.withDayOfMonth(1).plusMonths(month);
            boolean last = month == months - 1;
            jdbc.update("""
                    insert into reporting_period (organisation_id, plan_id, label, starts_on, ends_on, deadline, state)
                    values (?, ?, ?, ?, ?, ?, ?)""", organisationId, planId, MONTH.format(start), start,
                    start.plusMonths(1).minusDays(1), start.plusMonths(1).plusDays(9), last ? "OPEN" : "CLOSED");
            periodIds.add(jdbc.queryForObject("select id from reporting_period where plan_id = ? and starts_on = ?",
                    Long.class, planId, start));
        }
        List<Object[]> rows = new ArrayList<>();
        int[] ratings = actionIds.stream().mapToInt(id -> 1 + random.nextInt(3)).toArray();
        for (int month = 0; month < months; month++) {
            Timestamp at = Timestamp.from(firstMonth.plusMonths(month + 1).atStartOfDay().toInstant(ZoneOffset.UTC));
            for (int i = 0; i < actionIds.size(); i++) {
                if (random.nextInt(10) == 0) {
                    continue;
                }
                ratings[i] = Math.max(1, Math.min(5, ratings[i] + random.nextInt(3) - 1));
                rows.add(new Object[] {organisationId, planId, actionIds.get(i), periodIds.get(month), "APPROVED",
                        ratings[i], ratings[i], "Update for month " + (month + 1) + " of action " + actionIds.get(i),
                        ratings[i] >= 3 ? "Audit evidence" : null, authorAccountId, at, at, authorAccountId, at});
                if (rows.size() == BATCH) {
                    insert(rows);
                }
            }
        }
        insert(rows);
        return periodIds;
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into progress_update (organisation_id, plan_id, action_id, period_id, state, proposed_rating,
                       rating, update_text, evidence, author_id, saved_at, submitted_at, moderator_id, moderated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        rows.clear();
    }
}
