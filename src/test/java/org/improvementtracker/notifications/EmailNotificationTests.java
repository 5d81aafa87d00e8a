package org.improvementtracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.notifications.ReportingCycle.Fixture;
import org.improvementtracker.reporting.LivePeriod;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.PeriodState;
import org.improvementtracker.reporting.ProgressUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Email over real SMTP: GreenMail listens on a free port and the application's mail settings point at
 * it, exactly as production's point at a mail server. The clock is the test's, moved day by day, so
 * the reminder schedule is exercised without waiting; the jobs are called as the schedule calls them.
 */
@DatabaseTest
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1",
        "improvement-tracker.base-url=https://tracker.example.gov.uk/",
        "improvement-tracker.notifications.from=tracker@example.gov.uk",
        "improvement-tracker.notifications.reminder-days-before=3"})
@Import({TestData.class, ReportingCycle.class, EmailNotificationTests.Clocks.class})
class EmailNotificationTests {

    private static final Mailbox mailbox = new Mailbox();

    @RegisterExtension
    static final GreenMailExtension smtp = mailbox.server;

    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 15);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> mailbox.port);
    }

    @TestConfiguration
    static class Clocks {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(ZoneId.of("Europe/London"), Instant.parse("2026-05-01T06:00:00Z"));
        }
    }

    @Autowired
    ReportingCycle cycle;

    @Autowired
    TestClock clock;

    @Autowired
    ReminderJob reminders;

    @Autowired
    Postman postman;

    @Autowired
    Notifier notifier;

    @Autowired
    PeriodService periods;

    @MockitoSpyBean
    NotificationRepository notifications;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void openingAPeriodEmailsEachLeadOneMessageListingTheirActionsAndTheDeadline() throws Exception {
        Fixture fixture = plannedDaysBefore(14);

        cycle.open(fixture);
        postman.sendWaiting();

        MimeMessage leon = only(fixture.leonEmail());
        assertThat(leon.getSubject()).isEqualTo(requested(fixture));
        assertThat(leon.getFrom()[0].toString()).isEqualTo("tracker@example.gov.uk");
        assertThat(Mailbox.body(leon)).contains("Dear Leon Adeyemi", "by 15 June 2026", "- A1 Review the MASH",
                "- A2 Audit referrals", "https://tracker.example.gov.uk/my-actions")
                .doesNotContain("A3", "A4");
        assertThat(Mailbox.body(only(fixture.priyaEmail()))).contains("Dear Priya Shah", "- A1 Review the MASH",
                "- A3 Train social workers").doesNotContain("A2", "A4");

        List<Notification> written = notifications.ofOrganisation(fixture.organisation().id(), 100);
        assertThat(written).extracting(Notification::recipientName, Notification::emailStatus)
                .containsExactlyInAnyOrder(tuple("Leon Adeyemi", EmailStatus.SENT),
                        tuple("Priya Shah", EmailStatus.SENT),
                        tuple("Sam Okoro", EmailStatus.NOT_SENT_NO_ADDRESS));
        assertThat(written).allSatisfy(n -> assertThat(n.kind()).isEqualTo(NotificationKind.UPDATES_REQUESTED));

        reminders.run();
        postman.sendWaiting();
        assertThat(mailbox.to(fixture.leonEmail())).as("nothing sent twice when the job runs again").hasSize(1);
        assertThat(notifications.ofOrganisation(fixture.organisation().id(), 100)).hasSize(3);
    }

    @Test
    void remindersGoTheConfiguredDaysBeforeTheDeadlineAndTheNoticeOnTheDayToThoseWhoHaveNotSubmitted()
            throws Exception {
        Fixture fixture = openedDaysBefore(14);
        cycle.submit(fixture, fixture.a1());
        cycle.submit(fixture, fixture.a2());

        List<String> priyaSubjects = new ArrayList<>();
        for (LocalDate day = DEADLINE.minusDays(14); !day.isAfter(DEADLINE.plusDays(2)); day = day.plusDays(1)) {
            clock.setDay(day);
            reminders.run();
            reminders.run();
            postman.sendWaiting();
            for (MimeMessage email : mailbox.to(fixture.priyaEmail())) {
                priyaSubjects.add(day + " " + email.getSubject());
            }
            smtp.purgeEmailFromAllMailboxes();
        }

        assertThat(priyaSubjects).containsExactly(
                "2026-06-01 " + requested(fixture),
                "2026-06-12 Reminder: updates due in 3 days (15 June 2026): " + planTitle(fixture),
                "2026-06-15 Updates due today: " + planTitle(fixture));
        List<Notification> written = notifications.ofOrganisation(fixture.organisation().id(), 100);
        assertThat(written).filteredOn(n -> n.recipientName().equals("Leon Adeyemi"))
                .as("Leon submitted everything: asked once, never chased")
                .extracting(Notification::kind).containsExactly(NotificationKind.UPDATES_REQUESTED);
        assertThat(written).filteredOn(n -> n.recipientName().equals("Priya Shah") && n.kind() != NotificationKind.UPDATES_REQUESTED)
                .allSatisfy(n -> assertThat(n.body()).contains("- A3 Train social workers")
                        .as("A1 was submitted").doesNotContain("A1"));
        assertThat(written).filteredOn(n -> n.recipientName().equals("Sam Okoro"))
                .as("no email address: in-app only")
                .extracting(Notification::kind, Notification::emailStatus)
                .containsExactly(tuple(NotificationKind.DEADLINE, EmailStatus.NOT_SENT_NO_ADDRESS),
                        tuple(NotificationKind.REMINDER, EmailStatus.NOT_SENT_NO_ADDRESS),
                        tuple(NotificationKind.UPDATES_REQUESTED, EmailStatus.NOT_SENT_NO_ADDRESS));
    }

    @Test
    void aPeriodOpenedInsideTheReminderWindowIsNotChasedTheSameDay() throws Exception {
        Fixture fixture = openedDaysBefore(2);
        reminders.run();
        postman.sendWaiting();
        assertThat(mailbox.subjects(fixture.leonEmail())).containsExactly(requested(fixture));
        smtp.purgeEmailFromAllMailboxes();

        clock.setDay(DEADLINE.minusDays(1));
        reminders.run();
        postman.sendWaiting();

        assertThat(mailbox.subjects(fixture.leonEmail()))
                .containsExactly("Reminder: updates due tomorrow (15 June 2026): " + planTitle(fixture));
    }

    @Test
    void twoInstancesRunningAtOnceWriteAndSendEachMessageOnce() throws Exception {
        Fixture fixture = openedDaysBefore(10);
        clock.setDay(DEADLINE.minusDays(3));
        LivePeriod live = new LivePeriod(fixture.organisation().id(), fixture.planId(), fixture.periodId());

        // Two instances' jobs under the lock, and two more writers bypassing it, as if the lock had expired.
        LocalDate today = clock.today();
        all(reminders::run, reminders::run, () -> notifier.catchUp(live, today), () -> notifier.catchUp(live, today));
        all(postman::sendWaiting, postman::sendWaiting, postman::sendWaiting);
        postman.sendWaiting(); // and once more later: nothing is left to go twice

        assertThat(mailbox.subjects(fixture.leonEmail())).containsExactlyInAnyOrder(
                requested(fixture),
                "Reminder: updates due in 3 days (15 June 2026): " + planTitle(fixture));
        assertThat(mailbox.to(fixture.priyaEmail())).hasSize(2);
        assertThat(notifications.ofOrganisation(fixture.organisation().id(), 100)).hasSize(6)
                .extracting(Notification::attempts).containsOnly(0, 1);
    }

    @Test
    void aReturnedUpdateEmailsTheLeadAndResponsibleOfficerWithTheComment() throws Exception {
        Fixture fixture = openedDaysBefore(10);
        ProgressUpdate submitted = cycle.submit(fixture, fixture.a1());
        postman.sendWaiting();
        smtp.purgeEmailFromAllMailboxes();

        cycle.giveBack(fixture, submitted, "Add the audit figures for May.");
        reminders.run();
        postman.sendWaiting();

        String link = "https://tracker.example.gov.uk/plans/" + fixture.planId() + "/actions/" + fixture.a1()
                + "/updates/" + fixture.periodId();
        MimeMessage leon = only(fixture.leonEmail());
        assertThat(leon.getSubject()).isEqualTo("Your update on A1 was returned: " + planTitle(fixture));
        assertThat(Mailbox.body(leon)).contains("Dear Leon Adeyemi", "A1 Review the MASH", "Add the audit figures for May.",
                link);
        assertThat(Mailbox.body(only(fixture.priyaEmail()))).contains("Dear Priya Shah", "Add the audit figures for May.");

        ProgressUpdate resubmitted = cycle.submit(fixture, fixture.a1());
        cycle.giveBack(fixture, resubmitted, "Now say what changed for children.");
        reminders.run();
        postman.sendWaiting();

        assertThat(mailbox.to(fixture.leonEmail())).as("a second return is news").hasSize(2);
        assertThat(Mailbox.body(mailbox.to(fixture.leonEmail()).get(1))).contains("Now say what changed for children.");
    }

    @Test
    void aFailedEmailIsRecordedAndTriedAgain() throws Exception {
        Fixture fixture = plannedDaysBefore(10);
        smtp.stop();
        try {
            cycle.open(fixture);
            postman.sendWaiting();
            assertThat(notificationTo(fixture, "Leon Adeyemi")).satisfies(leon -> {
                assertThat(leon.emailStatus()).isEqualTo(EmailStatus.FAILED);
                assertThat(leon.attempts()).isEqualTo(1);
                assertThat(leon.lastError()).contains("connect");
            });
        } finally {
            smtp.start();
        }

        postman.sendWaiting();

        assertThat(mailbox.to(fixture.leonEmail())).hasSize(1);
        assertThat(notificationTo(fixture, "Leon Adeyemi")).satisfies(leon -> {
            assertThat(leon.emailStatus()).isEqualTo(EmailStatus.SENT);
            assertThat(leon.attempts()).isEqualTo(2);
            assertThat(leon.sentAt()).isNotNull();
        });
    }

    @Test
    void anEmailThatKeepsFailingIsLeftAsFailedAfterTheLastAttempt() throws Exception {
        Fixture fixture = plannedDaysBefore(10);
        smtp.stop();
        try {
            cycle.open(fixture);
            for (int attempt = 0; attempt < 6; attempt++) {
                postman.sendWaiting();
            }
        } finally {
            smtp.start();
        }

        postman.sendWaiting();

        assertThat(mailbox.to(fixture.leonEmail())).isEmpty();
        assertThat(notificationTo(fixture, "Leon Adeyemi")).satisfies(leon -> {
            assertThat(leon.emailStatus()).isEqualTo(EmailStatus.FAILED);
            assertThat(leon.attempts()).as("max-attempts, 5 by default").isEqualTo(5);
        });
    }

    @Test
    void aFailureToNotifyLeavesThePeriodOpenAndTheJobCatchesUp() throws Exception {
        Fixture fixture = plannedDaysBefore(10);
        doThrow(new DataAccessResourceFailureException("database unavailable")).when(notifications)
                .insert(anyList(), anyBoolean(), any());

        cycle.open(fixture);

        assertThat(periods.period(fixture.organisation().id(), fixture.planId(), fixture.periodId()).state())
                .isEqualTo(PeriodState.OPEN);
        assertThat(notifications.ofOrganisation(fixture.organisation().id(), 100)).isEmpty();

        doCallRealMethod().when(notifications).insert(anyList(), anyBoolean(), any());
        reminders.run();
        postman.sendWaiting();

        assertThat(mailbox.subjects(fixture.leonEmail())).containsExactly(requested(fixture));
    }

    private Notification notificationTo(Fixture fixture, String name) {
        return notifications.ofOrganisation(fixture.organisation().id(), 100).stream()
                .filter(n -> n.recipientName().equals(name)).findFirst().orElseThrow();
    }

    private String planTitle(Fixture fixture) {
        return cycle.planTitle(fixture);
    }

    /** The subject of the request for updates. */
    private String requested(Fixture fixture) {
        return "Updates due by 15 June 2026: Period " + fixture.organisation().id() + ", " + planTitle(fixture);
    }

    /** A plan with its period, on a day this many days before the deadline. */
    private Fixture plannedDaysBefore(int days) {
        clock.setDay(DEADLINE.minusDays(days));
        return cycle.withDeadline(DEADLINE);
    }

    private Fixture openedDaysBefore(int days) {
        Fixture fixture = plannedDaysBefore(days);
        cycle.open(fixture);
        return fixture;
    }

    private static MimeMessage only(String address) throws MessagingException {
        List<MimeMessage> received = mailbox.to(address);
        assertThat(received).as("emails to " + address).hasSize(1);
        return received.get(0);
    }

    /** Runs the tasks at the same moment, each on its own thread, and waits for all of them. */
    private static void all(Runnable... tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> running = new ArrayList<>();
            for (Runnable task : tasks) {
                running.add(pool.submit(() -> {
                    start.await();
                    task.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<Void> task : running) {
                task.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
