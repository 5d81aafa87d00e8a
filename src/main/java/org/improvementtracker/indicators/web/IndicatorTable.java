package org.improvementtracker.indicators.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.improvementtracker.indicators.IndicatorStanding;
import org.improvementtracker.plans.Section;

/**
 * A plan's indicator tables for a month: one per section in plan order, then one for the
 * indicators of the whole plan (in no section, or in a section since removed).
 *
 * @param months the months shown, oldest first
 */
record IndicatorTable(List<YearMonth> months, List<SectionRows> sections) {

    /** One table: its section (null for the whole plan) and rows. */
    record SectionRows(Section section, List<StandingRow> rows) {

        public String id() {
            return section == null ? "indicators-whole-plan" : "indicators-section-" + section.id();
        }
    }

    /**
     * @param sections the sections to show a table for, even an empty one
     * @param wholePlan whether indicators outside those sections get a table of their own
     */
    static IndicatorTable of(List<IndicatorStanding> standings, List<Section> sections, boolean wholePlan,
            YearMonth month, int monthsShown, ExpectedMonths expected) {
        List<YearMonth> months = new ArrayList<>();
        for (int back = monthsShown - 1; back >= 0; back--) {
            months.add(month.minusMonths(back));
        }
        Map<Long, List<StandingRow>> bySection = standings.stream().collect(Collectors.groupingBy(
                standing -> Objects.requireNonNullElse(standing.indicator().sectionId(), -1L), LinkedHashMap::new,
                Collectors.mapping(standing -> StandingRow.of(standing, expected), Collectors.toList())));
        List<SectionRows> tables = new ArrayList<>();
        for (Section section : sections) {
            tables.add(new SectionRows(section, bySection.getOrDefault(section.id(), List.of())));
            bySection.remove(section.id());
        }
        List<StandingRow> others = bySection.values().stream().flatMap(List::stream).toList();
        if (wholePlan && !others.isEmpty()) {
            tables.add(new SectionRows(null, others));
        }
        return new IndicatorTable(months, tables);
    }

    /** "May 2026": the month columns' headers. */
    public List<String> monthHeaders() {
        return months.stream().map(MonthChoice.SHORT::format).toList();
    }

    public boolean isEmpty() {
        return sections.stream().allMatch(table -> table.rows().isEmpty());
    }
}
