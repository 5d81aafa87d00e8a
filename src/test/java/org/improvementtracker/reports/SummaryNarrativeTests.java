package org.improvementtracker.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.plans.Section;
import org.improvementtracker.reporting.Movement;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodScores;
import org.improvementtracker.reporting.PeriodState;
import org.improvementtracker.reporting.Score;
import org.improvementtracker.reporting.SectionScore;
import org.junit.jupiter.api.Test;

/** The committee summary's paragraphs, one rule at a time, from figures made up here. */
class SummaryNarrativeTests {

    static final Plan PLAN = new Plan(1, "Improvement plan", "v1", PlanStatus.ACTIVE, LocalDate.of(2025, 4, 1),
            LocalDate.of(2027, 3, 31), null, null, RatingScale.RAG, "Priority", "Outcome", 0);
    static final Period MAY = period(1, "May 2025");
    static final Period JUNE = period(2, "June 2025");

    @Test
    void countsTheActionsAtEachRatingInTheScalesWordsAndThoseNotRated() {
        PeriodScores scores = scores(MAY, section("1", "Front door", ratings(1, 1, 3, null), ratings(2, 2, 3, null)));

        assertThat(SummaryNarrative.ratings(scores)).isEqualTo("Of the plan's 4 actions in June 2025, 2 are rated"
                + " 1 Red, 1 is rated 3 Green and 1 is not rated.");
    }

    @Test
    void countsOneActionInTheSingularAndLeavesOutRatingsNobodyHas() {
        PeriodScores scores = scores(MAY, section("1", "Front door", ratings(3), ratings(3)));

        assertThat(SummaryNarrative.ratings(scores)).isEqualTo("Of the plan's 1 action in June 2025, 1 is rated 3 Green.");
    }

    @Test
    void aPlanWithoutActionsSaysSo() {
        PeriodScores scores = scores(MAY);

        assertThat(SummaryNarrative.ratings(scores)).isEqualTo("The plan had no actions to rate in June 2025.");
        assertThat(SummaryNarrative.planScore(scores)).isEqualTo("The plan has no score for June 2025, as no action was rated.");
    }

    @Test
    void comparesThePlansScoreWithThePreviousPeriodAsDisplayed() {
        assertThat(SummaryNarrative.planScore(scores(MAY, section("1", "Front door", ratings(2, 3), ratings(1, 2)))))
                .isEqualTo("The plan's score is 2.5, up from 1.5 in May 2025.");
        assertThat(SummaryNarrative.planScore(scores(MAY, section("1", "Front door", ratings(1, 2), ratings(2, 3)))))
                .isEqualTo("The plan's score is 1.5, down from 2.5 in May 2025.");
        assertThat(SummaryNarrative.planScore(scores(MAY, section("1", "Front door", ratings(3, 2), ratings(2, 3)))))
                .isEqualTo("The plan's score is 2.5, the same as in May 2025.");
    }

    @Test
    void withoutAPreviousPeriodTheScoreIsComparedWithTheInitialRatings() {
        assertThat(SummaryNarrative.planScore(scores(null, section("1", "Front door", ratings(3), ratings(2)))))
                .isEqualTo("The plan's score is 3.0, up from 2.0 in the initial ratings.");
        assertThat(SummaryNarrative.planScore(scores(null, section("1", "Front door", ratings(3), ratings((Integer) null)))))
                .isEqualTo("The plan's score is 3.0; there was no score in the initial ratings to compare it with.");
    }

    @Test
    void namesTheSectionsThatImprovedOrDeclinedAndByHowMuch() {
        PeriodScores scores = scores(MAY,
                section("1", "Front door", ratings(3, 2, 2), ratings(2, 2, 2)),
                section("2", "Early help", ratings(1, 2), ratings(3, 2)),
                section("3", "Care leavers", ratings(3), ratings(2)),
                section("4", "Workforce", ratings(2), ratings(2)));

        assertThat(SummaryNarrative.sections(scores)).isEqualTo("2 priorities improved since May 2025:"
                + " 1. Front door (2.0 to 2.3, up 0.3) and 3. Care leavers (2.0 to 3.0, up 1.0)."
                + " 1 priority declined since May 2025: 2. Early help (2.5 to 1.5, down 1.0).");
    }

    @Test
    void saysWhenNoSectionsScoreChangedOrNoneCanBeCompared() {
        assertThat(SummaryNarrative.sections(scores(MAY, section("1", "Front door", ratings(2), ratings(2)))))
                .isEqualTo("No priority's score changed since May 2025.");
        assertThat(SummaryNarrative.sections(scores(null, section("1", "Front door", ratings(2), ratings((Integer) null)))))
                .isEqualTo("No priority has a score in the initial ratings to compare with.");
    }

    @Test
    void listsOverdueActionsByReference() {
        assertThat(SummaryNarrative.overdue(List.of())).isEqualTo("No action is overdue.");
        assertThat(SummaryNarrative.overdue(List.of("2.3"))).isEqualTo("1 action is overdue: 2.3.");
        assertThat(SummaryNarrative.overdue(List.of("1.2", "2.3", "4.1 iii)")))
                .isEqualTo("3 actions are overdue: 1.2, 2.3 and 4.1 iii).");
    }

    @Test
    void namesTheIndicatorsOffTargetOrSaysThereAreNone() {
        assertThat(SummaryNarrative.indicators(0, List.of())).isEqualTo("The plan has no indicators to report on.");
        assertThat(SummaryNarrative.indicators(1, List.of())).isEqualTo("None of the plan's 1 indicator is off target.");
        assertThat(SummaryNarrative.indicators(5, List.of("Re-referrals (FD2: 30% against a target of 20%)")))
                .isEqualTo("1 of the plan's 5 indicators is off target: Re-referrals (FD2: 30% against a target of 20%).");
        assertThat(SummaryNarrative.indicators(5, List.of("A (A1: 1 against a target of 2)", "B (B1: 3 against a target of 4)")))
                .isEqualTo("2 of the plan's 5 indicators are off target: A (A1: 1 against a target of 2)"
                        + " and B (B1: 3 against a target of 4).");
    }

    @Test
    void textFromUsersIsKeptAsTyped() {
        String hostile = "=HYPERLINK(\"http://x\") <b>عربي</b> 🎉";
        PeriodScores scores = scores(MAY, section("1", hostile, ratings(3), ratings(2)));

        assertThat(SummaryNarrative.sections(scores)).contains("1. " + hostile + " (2.0 to 3.0, up 1.0)");
        assertThat(SummaryNarrative.overdue(List.of(hostile))).isEqualTo("1 action is overdue: " + hostile + ".");
    }

    private static Integer[] ratings(Integer... ratings) {
        return ratings;
    }

    /** A section's row: its actions' ratings now and in the period before. */
    private static SectionScore section(String number, String title, Integer[] now, Integer[] before) {
        Score current = Score.ofRatings(Arrays.asList(now));
        Score previous = Score.ofRatings(Arrays.asList(before));
        Map<Integer, Integer> distribution = new LinkedHashMap<>();
        RatingScale.RAG.levels().forEach(level -> distribution.put(level.value(),
                (int) Arrays.stream(now).filter(rating -> rating != null && rating == level.value()).count()));
        return new SectionScore(new Section(Long.parseLong(number), 1, 1, number, title, null, null, null, 0), current,
                previous, Movement.between(previous, current), distribution);
    }

    private static PeriodScores scores(Period previous, SectionScore... sections) {
        Score current = Score.ofSections(Arrays.stream(sections).map(SectionScore::score).toList());
        Score before = Score.ofSections(Arrays.stream(sections).map(SectionScore::previous).toList());
        return new PeriodScores(PLAN, JUNE, previous, current, before, Movement.between(before, current),
                List.of(sections));
    }

    private static Period period(long id, String label) {
        LocalDate start = LocalDate.of(2025, 4 + (int) id, 1);
        return new Period(id, 1, label, start, start.plusMonths(1).minusDays(1), start.plusMonths(1).plusDays(6),
                PeriodState.CLOSED, 0);
    }
}
