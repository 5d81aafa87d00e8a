package org.improvementtracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.improvementtracker.plans.Action;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodState;
import org.improvementtracker.reporting.ProgressUpdate;
import org.improvementtracker.reporting.UpdateState;
import org.junit.jupiter.api.Test;

class WordingTest {

    private static final Period PERIOD = new Period(7, 3, "May 2026", LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 15), PeriodState.OPEN, 1);
    private static final Action MASH = action(11, "1.1 i)", "Review the MASH");
    private static final Action AUDIT = action(12, "1.2", "Audit referrals");
    private static final String URL = "https://tracker.example.gov.uk/my-actions";

    @Test
    void theRequestListsEveryActionWithTheDeadlineAndTheLink() {
        Message message = Wording.updatesRequested("Leon Adeyemi", "Improvement plan", PERIOD, List.of(MASH, AUDIT),
                URL);

        assertThat(message.subject()).isEqualTo("Updates due by 15 June 2026: May 2026, Improvement plan");
        assertThat(message.body()).isEqualTo("""
                Dear Leon Adeyemi,

                May 2026 is open for progress updates on Improvement plan.

                Please write an update and propose a rating for each of your actions by 15 June 2026:

                - 1.1 i) Review the MASH
                - 1.2 Audit referrals

                Write your updates here: https://tracker.example.gov.uk/my-actions
                """);
    }

    @Test
    void theReminderCountsTheDaysLeft() {
        assertThat(Wording.reminder("AD", "Plan", PERIOD, List.of(MASH), LocalDate.of(2026, 6, 12), URL).subject())
                .isEqualTo("Reminder: updates due in 3 days (15 June 2026): Plan");
        assertThat(Wording.reminder("AD", "Plan", PERIOD, List.of(MASH), LocalDate.of(2026, 6, 14), URL).body())
                .contains("are due tomorrow, by 15 June 2026. These actions of yours have no submitted update yet:\n\n"
                        + "- 1.1 i) Review the MASH\n\n");
    }

    @Test
    void theDeadlineNoticeSaysTodayOnTheDayAndOverdueAfterIt() {
        Message onTheDay = Wording.deadline("AD", "Plan", PERIOD, List.of(MASH), LocalDate.of(2026, 6, 15), URL);
        Message late = Wording.deadline("AD", "Plan", PERIOD, List.of(MASH), LocalDate.of(2026, 6, 17), URL);

        assertThat(onTheDay.subject()).isEqualTo("Updates due today: Plan");
        assertThat(onTheDay.body()).contains("are due today, 15 June 2026.");
        assertThat(late.subject()).isEqualTo("Updates overdue since 15 June 2026: Plan");
        assertThat(late.body()).contains("were due on 15 June 2026.");
    }

    @Test
    void theReturnedNoticeGivesTheModeratorsCommentAndTheFormsLink() {
        ProgressUpdate returned = new ProgressUpdate(5, 3, 11, 7, UpdateState.RETURNED, 3, 3, null, "Going well",
                null, "Leon", Instant.EPOCH, Instant.EPOCH, "Add the audit figures.", "Olivia Owen", Instant.EPOCH, 2);

        Message message = Wording.updateReturned("Leon Adeyemi", "Plan", PERIOD, MASH, returned,
                "https://tracker.example.gov.uk/plans/3/actions/11/updates/7");

        assertThat(message.subject()).isEqualTo("Your update on 1.1 i) was returned: Plan");
        assertThat(message.body()).contains("Olivia Owen returned the May 2026 update on 1.1 i) Review the MASH in Plan",
                "with this comment:\n\nAdd the audit figures.\n\n",
                "submit it again: https://tracker.example.gov.uk/plans/3/actions/11/updates/7");
    }

    @Test
    void subjectsAreOneLineOfBoundedLength() {
        Message message = new Message("A title\r\nBcc: someone@example.com" + "x".repeat(400), "Body");

        assertThat(message.subject()).doesNotContain("\r", "\n").hasSize(Message.MAX_SUBJECT).endsWith("…");
    }

    private static Action action(long id, String reference, String description) {
        return new Action(id, 3, 1, null, 1, reference, description, 1L, "Leon", null, null, null, "Mar 27", false, 0);
    }
}
