package org.improvementtracker.reports;

import java.time.LocalDate;
import java.util.List;

import org.improvementtracker.indicators.IndicatorStanding;
import org.improvementtracker.indicators.web.chart.Sparkline;
import org.improvementtracker.plans.GlossaryTerm;
import org.improvementtracker.plans.Outcome;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.RatingLevel;
import org.improvementtracker.plans.Section;
import org.improvementtracker.plans.SuccessMeasure;
import org.improvementtracker.reporting.ActionProgress;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodScores;
import org.improvementtracker.reporting.SectionScore;

/**
 * The board pack's contents in the order the board reads them (DESIGN.md section 5): cover, rating
 * key, summary, per section its indicators and actions, exceptions, completed since the last period
 * and the glossary. Every format is drawn from this one model, so they cannot disagree.
 *
 * @param scores the summary table: the same figures as the scores API for the period
 * @param ratingPeriods the periods whose ratings the action tables show, oldest first
 * @param planIndicators the indicators not tied to a section
 */
public record BoardPack(Cover cover, Plan plan, Period period, BoardPackOptions options, List<RatingLevel> ratingKey,
        PeriodScores scores, List<Period> ratingPeriods, List<IndicatorRow> planIndicators, List<SectionPart> sections,
        List<ExceptionRow> exceptions, List<CompletedRow> completed, List<GlossaryTerm> glossary) implements Report {

    @Override
    public String title() {
        return "Board pack";
    }

    /** What the scores are compared with: the period before, or the initial ratings when there is none. */
    public String previousLabel() {
        return scores.previousPeriod() == null ? "initial ratings" : scores.previousPeriod().label();
    }

    /** @param boardName who the pack is for: the plan's governance text, or "Improvement Board" */
    public record Cover(String planTitle, String organisationName, String periodLabel, LocalDate produced,
            String boardName) {
    }

    /** One section: its summary row, its indicators and the actions its table lists. */
    public record SectionPart(SectionScore score, List<IndicatorRow> indicators, List<ActionRow> actions) {

        public Section section() {
            return score.section();
        }
    }

    /** An indicator's row: where it stands at the period's last month, and its trend over the months shown. */
    public record IndicatorRow(IndicatorStanding standing, Sparkline sparkline) {

        public String latest() {
            var figure = standing.latest().figure();
            return figure == null ? "No data" : standing.indicator().format(figure);
        }

        public String yearToDate() {
            return standing.yearToDate().display(standing.indicator().unit(), standing.indicator().decimals());
        }

        /** "Baseline 2024/25: 60.0%", or "No baseline". */
        public String baseline() {
            var indicator = standing.indicator();
            if (indicator.baselineValue() == null) {
                return "No baseline";
            }
            String label = indicator.baselineLabel() == null || indicator.baselineLabel().isBlank() ? ""
                    : " " + indicator.baselineLabel().strip();
            return "Baseline" + label + ": " + indicator.format(indicator.baselineValue());
        }

        public String target() {
            return standing.target().isSet() ? standing.indicator().format(standing.target().target()) : "No target";
        }

        public String benchmarks() {
            return String.join("; ", standing.benchmarks().stream()
                    .map(b -> b.kind().label() + " " + standing.indicator().format(b.value()) + " (" + b.yearLabel() + ")")
                    .toList());
        }

        /** The note given with the latest value, if any. */
        public String note() {
            return standing.latest().note();
        }
    }

    /**
     * One row of a section's action table.
     *
     * @param ratings the action's rating in each of the pack's rating periods, oldest first
     */
    public record ActionRow(ActionProgress progress, Outcome outcome, List<SuccessMeasure> measures,
            List<Integer> ratings) {

        /** The period's update as the board reads it; an update not yet submitted is not shown. */
        public String latestUpdate() {
            return progress.submitted() ? progress.update().text() : "No update this period";
        }

        /** The evidence of impact given with the period's submitted update, or blank. */
        public String evidence() {
            return progress.submitted() ? progress.update().evidence() : "";
        }

        /** The success measures as the action table lists them: "Audits rated good (target 80 %)". */
        public List<String> measureTexts() {
            return measures.stream()
                    .map(measure -> measure.text() + (measure.target() == null ? "" : " (target " + measure.target() + ")"))
                    .toList();
        }
    }

    /** An action the board should look at, and why, in words. */
    public record ExceptionRow(ActionProgress progress, Section section, List<String> reasons) {
    }

    /** An action rated complete in this period that was not complete before it. */
    public record CompletedRow(ActionProgress progress, Section section) {
    }
}
