package org.improvementtracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.WebSession;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.notifications.ReportingCycle.Fixture;
import org.improvementtracker.reporting.ProgressUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Without a mail server (the embedded default) nothing is emailed: people read their messages in-app,
 * and administrators read in the outbox what would have been emailed. Through real HTTP sessions, so
 * the 403 and 404 pages are the ones users see.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestData.class, ReportingCycle.class})
class MessagesAndOutboxTests {

    @LocalServerPort
    int port;

    @Autowired
    ReportingCycle cycle;

    @Autowired
    Postman postman;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    ApplicationContext context;

    @Test
    void withoutMailTheOutboxShowsWhatWouldHaveBeenEmailedAndNothingIsSent() {
        Fixture fixture = openedPeriod();
        postman.sendWaiting();

        String outbox = session(fixture, Role.ADMINISTRATOR).get("/outbox").body();

        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
        assertThat(notifications.ofOrganisation(fixture.organisation().id(), 100)).hasSize(3)
                .allSatisfy(n -> assertThat(n.sentAt()).isNull())
                .extracting(Notification::emailStatus)
                .containsOnly(EmailStatus.NOT_SENT_NO_SMTP, EmailStatus.NOT_SENT_NO_ADDRESS);
        assertThat(Html.text(outbox)).contains("Email is not set up", "All 3 messages",
                "Leon Adeyemi " + fixture.leonEmail(), "Priya Shah " + fixture.priyaEmail(),
                "Sam Okoro No email address", "Not emailed: email is not set up", "Not emailed: no email address",
                "Updates due by 15 June 2026: Period " + fixture.organisation().id(),
                "Dear Leon Adeyemi", "- A2 Audit referrals");
    }

    @ParameterizedTest
    @EnumSource(names = {"VIEWER", "CONTRIBUTOR", "PLAN_OWNER"})
    void onlyAdministratorsReadTheOutbox(Role role) {
        Fixture fixture = openedPeriod();

        WebSession.Page page = session(fixture, role).get("/outbox");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("You cannot do that").doesNotContain("Leon Adeyemi", fixture.leonEmail());
    }

    @Test
    void messagesShowOnlyThoseToThePeopleLinkedToTheSignedInAccount() {
        Fixture fixture = openedPeriod();
        ProgressUpdate update = cycle.submit(fixture, fixture.a1());
        cycle.giveBack(fixture, update, "Add the audit figures for May.");

        String leon = session(fixture, Role.CONTRIBUTOR).get("/messages").body();
        String viewer = session(fixture, Role.VIEWER).get("/messages").body();

        assertThat(Html.text(leon)).contains("Messages (2 unread)", "You have 2 unread messages.",
                "Unread Your update on A1 was returned", "Add the audit figures for May.", "Change the update",
                "Unread Updates due by 15 June 2026", "Dear Leon Adeyemi", "- A1 Review the MASH", "Go to my actions")
                .doesNotContain("Dear Priya Shah", "Dear Sam Okoro");
        assertThat(leon).contains("href=\"/plans/" + fixture.planId() + "/actions/" + fixture.a1() + "/updates/"
                + fixture.periodId() + "\"", "href=\"/my-actions\"");
        assertThat(leon.indexOf("Your update on A1 was returned")).as("newest first")
                .isLessThan(leon.indexOf("Updates due by 15 June 2026"));
        assertThat(Html.text(viewer)).contains("You have no messages").doesNotContain("Messages (", "Dear Leon");
    }

    @Test
    void markingAMessageReadChangesOnlyThatMessageOfThatPerson() {
        Fixture fixture = openedPeriod();
        WebSession leon = session(fixture, Role.CONTRIBUTOR);
        String before = leon.get("/messages").body();

        WebSession.Page marked = leon.post("/messages/read",
                Map.of("notification", Html.hiddenValue(before, "notification")));
        String after = leon.get("/messages").body();
        WebSession.Page again = leon.post("/messages/read", Map.of("notification", Html.hiddenValue(before,
                "notification")));

        assertThat(marked.status()).isEqualTo(302);
        assertThat(marked.location()).endsWith("/messages");
        assertThat(Html.text(after)).contains("Message marked as read.", "You have read all your messages.")
                .doesNotContain("Unread", "Mark as read", "unread)");
        assertThat(again.status()).as("marking it again does no harm").isEqualTo(302);

        long priyas = idOf(fixture, "Priya Shah");
        WebSession.Page someoneElses = leon.post("/messages/read", Map.of("notification", Long.toString(priyas)));
        assertThat(someoneElses.status()).isEqualTo(404);
        assertThat(someoneElses.body()).contains("Page not found");
        assertThat(notifications.ofOrganisation(fixture.organisation().id(), 100))
                .filteredOn(n -> n.id() == priyas).singleElement().satisfies(n -> assertThat(n.unread()).isTrue());
    }

    @Test
    void anotherOrganisationNeverSeesOrTouchesOurNotifications() {
        Fixture ours = openedPeriod();
        Fixture theirs = cycle.withDeadline(LocalDate.now().plusDays(20));
        long leonsId = idOf(ours, "Leon Adeyemi");

        String theirOutbox = session(theirs, Role.ADMINISTRATOR).get("/outbox").body();
        WebSession theirLeon = session(theirs, Role.CONTRIBUTOR);
        String theirMessages = theirLeon.get("/messages").body();
        WebSession.Page marking = theirLeon.post("/messages/read", Map.of("notification", Long.toString(leonsId)));

        assertThat(Html.text(theirOutbox)).contains("No messages have been sent yet")
                .doesNotContain(ours.leonEmail(), ours.priyaEmail(), "Period " + ours.organisation().id());
        assertThat(Html.text(theirMessages)).contains("You have no messages")
                .doesNotContain("Period " + ours.organisation().id());
        assertThat(marking.status()).isEqualTo(404);
        assertThat(notifications.ofOrganisation(ours.organisation().id(), 100))
                .filteredOn(n -> n.id() == leonsId).singleElement().satisfies(n -> assertThat(n.unread()).isTrue());
    }

    private Fixture openedPeriod() {
        Fixture fixture = cycle.withDeadline(LocalDate.of(2026, 6, 15));
        cycle.open(fixture);
        return fixture;
    }

    private long idOf(Fixture fixture, String recipient) {
        List<Notification> written = notifications.ofOrganisation(fixture.organisation().id(), 100);
        return written.stream().filter(n -> n.recipientName().equals(recipient)).findFirst().orElseThrow().id();
    }

    private WebSession session(Fixture fixture, Role role) {
        return new WebSession(port).signIn(fixture.organisation().username(role), TestData.PASSWORD);
    }
}
