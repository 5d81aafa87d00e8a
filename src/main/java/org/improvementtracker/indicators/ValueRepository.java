package org.improvementtracker.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.improvementtracker.support.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Monthly values and the history of every save. */
@Repository
class ValueRepository {

    private static final RowMapper<IndicatorValue> VALUE = (rs, n) -> new IndicatorValue(rs.getLong("indicator_id"),
            Months.of(rs.getObject("month_start", LocalDate.class)), figures(rs, ""), rs.getLong("entered_by"),
            rs.getObject("entered_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));

    private static final RowMapper<ValueEvent> EVENT = (rs, n) -> new ValueEvent(rs.getLong("indicator_id"),
            Months.of(rs.getObject("month_start", LocalDate.class)),
            rs.getBoolean("replaced") ? figures(rs, "before_") : null, figures(rs, ""),
            rs.getLong("account_id"), rs.getString("display_name"),
            rs.getObject("happened_at", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ValueRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<IndicatorValue> find(long organisationId, long indicatorId, YearMonth month) {
        return jdbc.sql("""
                select * from indicator_value where organisation_id = ? and indicator_id = ? and month_start = ?""")
                .params(organisationId, indicatorId, month.atDay(1)).query(VALUE).optional();
    }

    /** The values of a plan's live indicators (or one section's) in a range of months, in one statement. */
    List<IndicatorValue> inPlan(long organisationId, long planId, Long sectionId, YearMonth from, YearMonth to) {
        String sql = """
                select v.* from indicator_value v join indicator i on i.id = v.indicator_id
                where v.organisation_id = ? and i.plan_id = ? and i.archived_at is null
                  and v.month_start between ? and ?""" + (sectionId == null ? "" : " and i.section_id = ?")
                + " order by v.indicator_id, v.month_start";
        List<Object> params = new ArrayList<>(List.of(organisationId, planId, from.atDay(1), to.atDay(1)));
        if (sectionId != null) {
            params.add(sectionId);
        }
        return jdbc.sql(sql).params(params).query(VALUE).list();
    }

    /** The latest month up to {@code notAfter} for which any live indicator of the plan has a value. */
    Optional<YearMonth> latestMonth(long organisationId, long planId, YearMonth notAfter) {
        return jdbc.sql("""
                select v.month_start from indicator_value v join indicator i on i.id = v.indicator_id
                where v.organisation_id = ? and i.plan_id = ? and i.archived_at is null and v.month_start <= ?
                  and v.figure is not null
                order by v.month_start desc limit 1""")
                .params(organisationId, planId, notAfter.atDay(1)).query(LocalDate.class).optional()
                .map(YearMonth::from);
    }

    List<IndicatorValue> ofIndicator(long organisationId, long indicatorId) {
        return jdbc.sql("""
                select * from indicator_value where organisation_id = ? and indicator_id = ? order by month_start""")
                .params(organisationId, indicatorId).query(VALUE).list();
    }

    List<ValueEvent> history(long organisationId, long indicatorId) {
        return jdbc.sql("""
                select e.*, a.display_name
                from indicator_value_event e join account a on a.id = e.account_id
                where e.organisation_id = ? and e.indicator_id = ? order by e.happened_at, e.id""")
                .params(organisationId, indicatorId).query(EVENT).list();
    }

    /**
     * The values already stored for these indicators between two months, in one statement: what a batch
     * of entries replaces.
     */
    List<IndicatorValue> existing(long organisationId, Collection<Long> indicatorIds, YearMonth from, YearMonth to) {
        if (indicatorIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from indicator_value
                where organisation_id = :organisation and indicator_id in (:indicators)
                  and month_start between :from and :to""")
                .param("organisation", organisationId).param("indicators", List.copyOf(indicatorIds))
                .param("from", from.atDay(1)).param("to", to.atDay(1))
                .query(VALUE).list();
    }

    /** First values of their months, in one batch; a month someone saved meanwhile breaks the unique key. */
    void insertAll(long organisationId, List<Write> writes, long accountId, Instant now) {
        if (writes.isEmpty()) {
            return;
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        try {
            batch.batchUpdate("""
                    insert into indicator_value (organisation_id, indicator_id, month_start, figure, numerator,
                                                 denominator, note, entered_by, entered_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", writes.stream().map(write -> new Object[] {organisationId,
                    write.entry().indicatorId(), write.entry().month().atDay(1), write.after().value(),
                    write.after().numerator(), write.after().denominator(), write.after().note(), accountId, at})
                    .toList(), new int[] {Types.BIGINT, Types.BIGINT, Types.DATE, Types.NUMERIC, Types.NUMERIC,
                    Types.NUMERIC, Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE});
        } catch (DuplicateKeyException savedFirst) {
            throw conflict(writes.get(0).entry());
        }
    }

    /** Changed values in one batch, each guarded by the version the user read: a row not updated was saved meanwhile. */
    void updateAll(long organisationId, List<Write> writes, long accountId, Instant now) {
        if (writes.isEmpty()) {
            return;
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        int[] rows = batch.batchUpdate("""
                update indicator_value set figure = ?, numerator = ?, denominator = ?, note = ?, entered_by = ?,
                       entered_at = ?, version = version + 1
                where organisation_id = ? and indicator_id = ? and month_start = ? and version = ?""",
                writes.stream().map(write -> new Object[] {write.after().value(), write.after().numerator(),
                        write.after().denominator(), write.after().note(), accountId, at, organisationId,
                        write.entry().indicatorId(), write.entry().month().atDay(1), write.entry().version()})
                        .toList(), new int[] {Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.VARCHAR,
                        Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.BIGINT, Types.DATE,
                        Types.INTEGER});
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] != 1) {
                throw conflict(writes.get(i).entry());
            }
        }
    }

    /** The history of a batch of saves, before and after, in one batch. */
    void recordEvents(long organisationId, List<Write> writes, long accountId, Instant now) {
        if (writes.isEmpty()) {
            return;
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        Figures none = new Figures(null, null, null, null);
        batch.batchUpdate("""
                insert into indicator_value_event (organisation_id, indicator_id, month_start, replaced, before_figure,
                    before_numerator, before_denominator, before_note, figure, numerator, denominator, note,
                    account_id, happened_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", writes.stream().map(write -> {
            Figures was = write.before() == null ? none : write.before();
            return new Object[] {organisationId, write.entry().indicatorId(), write.entry().month().atDay(1),
                    write.before() != null, was.value(), was.numerator(), was.denominator(), was.note(),
                    write.after().value(), write.after().numerator(), write.after().denominator(), write.after().note(),
                    accountId, at};
        }).toList(), new int[] {Types.BIGINT, Types.BIGINT, Types.DATE, Types.BOOLEAN, Types.NUMERIC, Types.NUMERIC,
                Types.NUMERIC, Types.VARCHAR, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.VARCHAR,
                Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE});
    }

    /** One month's save: the entry, the figures it replaces (null for the month's first) and those it stores. */
    record Write(ValueEntry entry, Figures before, Figures after) {
    }

    static ConflictException conflict(ValueEntry entry) {
        return new ConflictException("The value for " + entry.month() + " of indicator", entry.indicatorId());
    }

    private static Figures figures(ResultSet rs, String prefix) throws SQLException {
        return new Figures(rs.getBigDecimal(prefix + "figure"), rs.getBigDecimal(prefix + "numerator"),
                rs.getBigDecimal(prefix + "denominator"), rs.getString(prefix + "note"));
    }
}
