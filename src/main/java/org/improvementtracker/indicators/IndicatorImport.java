package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.improvementtracker.support.audit.AuditAction;
import org.improvementtracker.support.audit.AuditEvent;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a plan's indicators in bulk, as an import brings them: the indicators, their benchmarks, and their
 * monthly values each with its first history event, in one batch per table whatever their number. Imported
 * indicators are monthly, their year to date the latest month (a file says nothing of how its months add up),
 * and shown with as many decimals as their figures carry, up to two.
 */
@Service
@Transactional
public class IndicatorImport {

    static final int MAX_IMPORTED_DECIMALS = 2;

    private final Clock clock;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final IndicatorRepository indicators;
    private final ValueRepository values;
    private final AuditTrail audit;

    IndicatorImport(Clock clock, JdbcClient jdbc, JdbcTemplate batch, IndicatorRepository indicators,
            ValueRepository values, AuditTrail audit) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.batch = batch;
        this.indicators = indicators;
        this.values = values;
        this.audit = audit;
    }

    /**
     * Creates the indicators in the plan, their values entered by the importing account now. The audit trail
     * records each indicator with its benchmarks, in one batch.
     *
     * @return the new indicators' ids, in the order given
     */
    public List<Long> create(long organisationId, long planId, long accountId, List<NewIndicator> added) {
        if (added.isEmpty()) {
            return List.of();
        }
        batch.batchUpdate("""
                insert into indicator (organisation_id, plan_id, section_id, code, name, definition, unit, polarity,
                                       decimals, ytd_rule, frequency, baseline_label, baseline_value)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", added.stream().map(indicator -> new Object[] {
                organisationId, planId, indicator.sectionId(), indicator.code(), indicator.name(),
                indicator.definition(), indicator.unit().name(), indicator.polarity().name(), decimals(indicator),
                YearToDateRule.LATEST.name(), Frequency.MONTHLY.name(), indicator.baselineLabel(),
                indicator.baselineValue()}).toList(), new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.SMALLINT,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC});
        Map<String, Long> idsByCode = jdbc.sql("select id, code from indicator where organisation_id = :organisation"
                + " and plan_id = :plan and code in (:codes)").param("organisation", organisationId)
                .param("plan", planId).param("codes", added.stream().map(NewIndicator::code).toList())
                .query((rs, n) -> Map.entry(rs.getString("code"), rs.getLong("id"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Long> ids = added.stream().map(indicator -> idsByCode.get(indicator.code())).toList();
        batch.batchUpdate("""
                insert into indicator_benchmark (organisation_id, indicator_id, year_label, kind, figure, source_note)
                values (?, ?, ?, ?, ?, ?)""", benchmarkRows(organisationId, added, ids));
        List<ValueRepository.Write> writes = new ArrayList<>();
        for (int at = 0; at < added.size(); at++) {
            long indicatorId = ids.get(at);
            added.get(at).values().forEach((month, figure) -> writes.add(new ValueRepository.Write(
                    new ValueEntry(indicatorId, month, new Figures(figure, null, null, null), null), null,
                    new Figures(figure, null, null, null))));
        }
        Instant now = clock.instant();
        values.insertAll(organisationId, writes, accountId, now);
        values.recordEvents(organisationId, writes, accountId, now);
        Map<Long, Indicator> created = new LinkedHashMap<>();
        indicators.findAll(organisationId, ids).forEach(indicator -> created.put(indicator.id(), indicator));
        List<AuditEvent> events = new ArrayList<>();
        for (int at = 0; at < added.size(); at++) {
            Indicator indicator = created.get(ids.get(at));
            events.add(new AuditEvent(organisationId, AuditedIndicator.subject(indicator), AuditAction.CREATE, null,
                    new AuditedIndicator(indicator, added.get(at).benchmarks(), List.of(), List.of(), List.of())));
        }
        audit.all(events);
        return ids;
    }

    private static List<Object[]> benchmarkRows(long organisationId, List<NewIndicator> added, List<Long> ids) {
        List<Object[]> rows = new ArrayList<>();
        for (int at = 0; at < added.size(); at++) {
            for (Benchmark benchmark : added.get(at).benchmarks()) {
                rows.add(new Object[] {organisationId, ids.get(at), benchmark.yearLabel().strip(),
                        benchmark.kind().name(), benchmark.value(), benchmark.sourceNote()});
            }
        }
        return rows;
    }

    /** As many decimals as the figures carry (12.50 carries one), up to {@link #MAX_IMPORTED_DECIMALS}. */
    static int decimals(NewIndicator indicator) {
        return Stream.concat(Stream.concat(Stream.of(indicator.baselineValue()), indicator.values().values().stream()),
                        indicator.benchmarks().stream().map(Benchmark::value))
                .filter(Objects::nonNull).mapToInt(figure -> Math.max(0, figure.stripTrailingZeros().scale()))
                .map(scale -> Math.min(scale, MAX_IMPORTED_DECIMALS)).max().orElse(0);
    }

    /**
     * An indicator as an import brings it: its section (null for none), a code unique in the plan, its unit and
     * polarity, the baseline as labelled ("2016/17"), benchmarks and the figures by month.
     */
    public record NewIndicator(Long sectionId, String code, String name, String definition, Unit unit,
            Polarity polarity, String baselineLabel, BigDecimal baselineValue, List<Benchmark> benchmarks,
            Map<YearMonth, BigDecimal> values) {

        public NewIndicator {
            benchmarks = List.copyOf(benchmarks);
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }
}
