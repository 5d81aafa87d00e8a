package org.improvementtracker.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.improvementtracker.support.ConflictException;
import org.springframework.dao.DuplicateKeyException;
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

    ValueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Saves the figures if the row is still as the user read it (no row: version null); else someone saved first. */
    void save(long organisationId, ValueEntry entry, Figures figures, long accountId, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        if (entry.version() == null) {
            try {
                jdbc.sql("""
                        insert into indicator_value (organisation_id, indicator_id, month_start, figure, numerator,
                                                     denominator, note, entered_by, entered_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(organisationId, entry.indicatorId(), entry.month().atDay(1), figures.value(),
                                figures.numerator(), figures.denominator(), figures.note(), accountId, at)
                        .update();
            } catch (DuplicateKeyException savedFirst) {
                throw conflict(entry);
            }
            return;
        }
        int rows = jdbc.sql("""
                update indicator_value set figure = ?, numerator = ?, denominator = ?, note = ?, entered_by = ?,
                       entered_at = ?, version = version + 1
                where organisation_id = ? and indicator_id = ? and month_start = ? and version = ?""")
                .params(figures.value(), figures.numerator(), figures.denominator(), figures.note(), accountId, at,
                        organisationId, entry.indicatorId(), entry.month().atDay(1), entry.version())
                .update();
        if (rows != 1) {
            throw conflict(entry);
        }
    }

    void recordEvent(long organisationId, ValueEntry entry, Figures before, Figures after, long accountId,
            Instant now) {
        Figures was = before == null ? new Figures(null, null, null, null) : before;
        jdbc.sql("""
                insert into indicator_value_event (organisation_id, indicator_id, month_start, replaced, before_figure,
                    before_numerator, before_denominator, before_note, figure, numerator, denominator, note,
                    account_id, happened_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, entry.indicatorId(), entry.month().atDay(1), before != null, was.value(),
                        was.numerator(), was.denominator(), was.note(), after.value(), after.numerator(),
                        after.denominator(), after.note(), accountId, now.atOffset(ZoneOffset.UTC))
                .update();
    }

    private static ConflictException conflict(ValueEntry entry) {
        return new ConflictException("The value for " + entry.month() + " of indicator", entry.indicatorId());
    }

    private static Figures figures(ResultSet rs, String prefix) throws SQLException {
        return new Figures(rs.getBigDecimal(prefix + "figure"), rs.getBigDecimal(prefix + "numerator"),
                rs.getBigDecimal(prefix + "denominator"), rs.getString(prefix + "note"));
    }
}
