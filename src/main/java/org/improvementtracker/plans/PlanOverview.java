package org.improvementtracker.plans;

import java.util.List;

/** The plan page: each section with its counts, and the plan's totals. */
public record PlanOverview(Plan plan, List<SectionSummary> sections) {

    public record SectionSummary(Section section, int outcomes, int actions, int dueSoon, int overdue) {
    }

    public int actions() {
        return sections.stream().mapToInt(SectionSummary::actions).sum();
    }

    public int outcomes() {
        return sections.stream().mapToInt(SectionSummary::outcomes).sum();
    }

    public int dueSoon() {
        return sections.stream().mapToInt(SectionSummary::dueSoon).sum();
    }

    public int overdue() {
        return sections.stream().mapToInt(SectionSummary::overdue).sum();
    }
}
