package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.improvementtracker.support.Inserted;
import org.improvementtracker.support.Updated;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Indicators and what belongs to them (benchmarks, trajectory, monthly targets, linked actions). */
@Repository
class IndicatorRepository {

    static final RowMapper<Indicator> INDICATOR = (rs, n) -> new Indicator(rs.getLong("id"), rs.getLong("plan_id"),
            rs.getObject("section_id", Long.class), rs.getString("code"), rs.getString("name"),
            rs.getString("definition"), Unit.valueOf(rs.getString("unit")), Polarity.valueOf(rs.getString("polarity")),
            rs.getBigDecimal("range_lower"), rs.getBigDecimal("range_upper"), rs.getInt("decimals"),
            YearToDateRule.valueOf(rs.getString("ytd_rule")), Frequency.valueOf(rs.getString("frequency")),
            rs.getString("baseline_label"), Months.of(rs.getObject("baseline_month", LocalDate.class)),
            rs.getBigDecimal("baseline_value"), rs.getBigDecimal("annual_target"), rs.getBigDecimal("tolerance"),
            rs.getObject("data_owner_person_id", Long.class), rs.getObject("archived_at") != null,
            rs.getInt("version"));

    private static final RowMapper<Benchmark> BENCHMARK = (rs, n) -> new Benchmark(rs.getString("year_label"),
            BenchmarkKind.valueOf(rs.getString("kind")), rs.getBigDecimal("figure"), rs.getString("source_note"));

    private static final RowMapper<Milestone> MILESTONE = (rs, n) -> new Milestone(
            rs.getObject("due_on", LocalDate.class), rs.getBigDecimal("target"));

    private static final RowMapper<MonthlyTarget> MONTHLY_TARGET = (rs, n) -> new MonthlyTarget(
            Months.of(rs.getObject("month_start", LocalDate.class)), rs.getBigDecimal("target"));

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    IndicatorRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<Indicator> find(long organisationId, long indicatorId) {
        return jdbc.sql("select * from indicator where organisation_id = ? and id = ?")
                .params(organisationId, indicatorId).query(INDICATOR).optional();
    }

    /** These indicators of the organisation, archived ones included, in one statement. */
    List<Indicator> findAll(long organisationId, Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from indicator where organisation_id = :organisation and id in (:ids)")
                .param("organisation", organisationId).param("ids", List.copyOf(indicatorIds))
                .query(INDICATOR).list();
    }

    /** The organisation's live indicators, of every plan or of one, in one statement: an upload's codes. */
    List<Indicator> live(long organisationId, Long planId) {
        String sql = "select * from indicator where organisation_id = ? and archived_at is null"
                + (planId == null ? "" : " and plan_id = ?") + " order by plan_id, lower(code), id";
        List<Object> params = planId == null ? List.of(organisationId) : List.of(organisationId, planId);
        return jdbc.sql(sql).params(params).query(INDICATOR).list();
    }

    /** Live indicators of a plan, or of one of its sections, in code order. */
    List<Indicator> inPlan(long organisationId, long planId, Long sectionId) {
        String sql = "select * from indicator where organisation_id = ? and plan_id = ? and archived_at is null"
                + (sectionId == null ? "" : " and section_id = ?") + " order by lower(code), id";
        List<Object> params = sectionId == null ? List.of(organisationId, planId)
                : List.of(organisationId, planId, sectionId);
        return jdbc.sql(sql).params(params).query(INDICATOR).list();
    }

    List<Indicator> linkedTo(long organisationId, long actionId) {
        return jdbc.sql("""
                select i.* from indicator i join indicator_action l on l.indicator_id = i.id
                where l.organisation_id = ? and l.action_id = ? and i.archived_at is null
                order by lower(i.code), i.id""")
                .params(organisationId, actionId).query(INDICATOR).list();
    }

    /** Whether another indicator of the plan, archived ones included, already has this code. */
    boolean codeTaken(long planId, String code, Long exceptIndicatorId) {
        return jdbc.sql("select count(*) from indicator where plan_id = ? and lower(code) = lower(?) and id <> ?")
                .params(planId, code, exceptIndicatorId == null ? -1L : exceptIndicatorId)
                .query(Long.class).single() > 0;
    }

    long insert(long organisationId, long planId, IndicatorDefinition definition) {
        return Inserted.id(jdbc.sql("""
                insert into indicator (organisation_id, plan_id, section_id, code, name, definition, unit, polarity,
                                       range_lower, range_upper, decimals, ytd_rule, frequency, baseline_label,
                                       baseline_month, baseline_value, annual_target, tolerance, data_owner_person_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, planId, definition.sectionId(), definition.code(), definition.name(),
                        definition.definition(), definition.unit().name(), definition.polarity().name(),
                        definition.rangeLower(), definition.rangeUpper(), definition.decimals(),
                        definition.yearToDateRule().name(), definition.frequency().name(), definition.baselineLabel(),
                        Months.firstDay(definition.baselineMonth()), definition.baselineValue(),
                        definition.annualTarget(), toleranceOf(definition), definition.dataOwnerPersonId()));
    }

    void update(long organisationId, long indicatorId, int version, IndicatorDefinition definition) {
        int rows = jdbc.sql("""
                update indicator set section_id = ?, code = ?, name = ?, definition = ?, unit = ?, polarity = ?,
                       range_lower = ?, range_upper = ?, decimals = ?, ytd_rule = ?, frequency = ?, baseline_label = ?,
                       baseline_month = ?, baseline_value = ?, annual_target = ?, tolerance = ?,
                       data_owner_person_id = ?, version = version + 1
                where organisation_id = ? and id = ? and version = ? and archived_at is null""")
                .params(definition.sectionId(), definition.code(), definition.name(), definition.definition(),
                        definition.unit().name(), definition.polarity().name(), definition.rangeLower(),
                        definition.rangeUpper(), definition.decimals(), definition.yearToDateRule().name(),
                        definition.frequency().name(), definition.baselineLabel(),
                        Months.firstDay(definition.baselineMonth()), definition.baselineValue(),
                        definition.annualTarget(), toleranceOf(definition),
                        definition.dataOwnerPersonId(), organisationId, indicatorId, version)
                .update();
        Updated.exactlyOne(rows, "Indicator", indicatorId, find(organisationId, indicatorId).isPresent());
    }

    void archive(long organisationId, long indicatorId, int version, Instant now) {
        int rows = jdbc.sql("""
                update indicator set archived_at = ?, version = version + 1
                where organisation_id = ? and id = ? and version = ? and archived_at is null""")
                .params(now.atOffset(ZoneOffset.UTC), organisationId, indicatorId, version).update();
        Updated.exactlyOne(rows, "Indicator", indicatorId, find(organisationId, indicatorId).isPresent());
    }

    /** Benchmarks, milestones, monthly targets and links are replaced as a whole, under the indicator's version. */
    void replaceParts(long organisationId, long indicatorId, IndicatorDefinition definition) {
        for (String table : List.of("indicator_benchmark", "indicator_milestone", "indicator_monthly_target",
                "indicator_action")) {
            jdbc.sql("delete from " + table + " where organisation_id = ? and indicator_id = ?")
                    .params(organisationId, indicatorId).update();
        }
        // One batch per part, however many rows the definition brings.
        batch.batchUpdate("""
                insert into indicator_benchmark (organisation_id, indicator_id, year_label, kind, figure, source_note)
                values (?, ?, ?, ?, ?, ?)""", definition.benchmarks().stream().map(benchmark -> new Object[] {
                organisationId, indicatorId, benchmark.yearLabel().strip(), benchmark.kind().name(), benchmark.value(),
                benchmark.sourceNote()}).toList());
        batch.batchUpdate("""
                insert into indicator_milestone (organisation_id, indicator_id, due_on, target)
                values (?, ?, ?, ?)""", definition.milestones().stream().map(milestone -> new Object[] {
                        organisationId, indicatorId, milestone.date(), milestone.target()}).toList());
        batch.batchUpdate("""
                insert into indicator_monthly_target (organisation_id, indicator_id, month_start, target)
                values (?, ?, ?, ?)""", definition.monthlyTargets().stream().map(target -> new Object[] {
                organisationId, indicatorId, target.month().atDay(1), target.target()}).toList());
        batch.batchUpdate("insert into indicator_action (indicator_id, action_id, organisation_id) values (?, ?, ?)",
                definition.actionIds().stream().map(actionId -> new Object[] {indicatorId, actionId, organisationId})
                        .toList());
    }

    List<Benchmark> benchmarks(long organisationId, long indicatorId) {
        return jdbc.sql("""
                select * from indicator_benchmark where organisation_id = ? and indicator_id = ?
                order by year_label, kind""")
                .params(organisationId, indicatorId).query(BENCHMARK).list();
    }

    List<Milestone> milestones(long organisationId, long indicatorId) {
        return jdbc.sql("""
                select * from indicator_milestone where organisation_id = ? and indicator_id = ? order by due_on""")
                .params(organisationId, indicatorId).query(MILESTONE).list();
    }

    List<MonthlyTarget> monthlyTargets(long organisationId, long indicatorId) {
        return jdbc.sql("""
                select * from indicator_monthly_target where organisation_id = ? and indicator_id = ?
                order by month_start""")
                .params(organisationId, indicatorId).query(MONTHLY_TARGET).list();
    }

    /** The targets an indicator's values are judged against: two statements, milestones and monthly targets. */
    IndicatorTargets targets(long organisationId, Indicator indicator) {
        return new IndicatorTargets(indicator, milestones(organisationId, indicator.id()),
                monthlyTargets(organisationId, indicator.id()));
    }

    /** The benchmarks of a plan's indicators (or one section's), by indicator, in one statement. */
    Map<Long, List<Benchmark>> benchmarksInPlan(long organisationId, long planId, Long sectionId) {
        return byIndicator("indicator_benchmark", "year_label, kind", BENCHMARK, organisationId, planId, sectionId);
    }

    Map<Long, List<Milestone>> milestonesInPlan(long organisationId, long planId, Long sectionId) {
        return byIndicator("indicator_milestone", "due_on", MILESTONE, organisationId, planId, sectionId);
    }

    Map<Long, List<MonthlyTarget>> monthlyTargetsInPlan(long organisationId, long planId, Long sectionId) {
        return byIndicator("indicator_monthly_target", "month_start", MONTHLY_TARGET, organisationId, planId,
                sectionId);
    }

    private <T> Map<Long, List<T>> byIndicator(String table, String order, RowMapper<T> mapper, long organisationId,
            long planId, Long sectionId) {
        String sql = "select p.* from " + table + " p join indicator i on i.id = p.indicator_id"
                + " where p.organisation_id = ? and i.plan_id = ?" + (sectionId == null ? "" : " and i.section_id = ?")
                + " order by p.indicator_id, p." + order.replace(", ", ", p.");
        List<Object> params = sectionId == null ? List.of(organisationId, planId)
                : List.of(organisationId, planId, sectionId);
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> Map.entry(rs.getLong("indicator_id"), mapper.mapRow(rs, n))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    List<Long> linkedActions(long organisationId, long indicatorId) {
        return jdbc.sql("""
                select action_id from indicator_action where organisation_id = ? and indicator_id = ?
                order by action_id""")
                .params(organisationId, indicatorId).query(Long.class).list();
    }

    private static BigDecimal toleranceOf(IndicatorDefinition definition) {
        return definition.tolerance() == null ? BigDecimal.ZERO : definition.tolerance();
    }
}
