package org.improvementtracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.notifications.ReportingCycle.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The schedule itself, as production runs it: nobody calls the jobs here, yet the request reaches the
 * lead's mailbox. The context is closed afterwards so its scheduler cannot send other tests' emails.
 */
@DatabaseTest
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1",
        "improvement-tracker.notifications.schedule.enabled=true",
        "improvement-tracker.notifications.schedule.first-run-after=PT0S",
        "improvement-tracker.notifications.schedule.email-every=PT0.2S"})
@Import({TestData.class, ReportingCycle.class})
@DirtiesContext
class ScheduledDeliveryTests {

    private static final Mailbox mailbox = new Mailbox();

    @RegisterExtension
    static final GreenMailExtension smtp = mailbox.server;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> mailbox.port);
    }

    @Autowired
    ReportingCycle cycle;

    @Test
    void theScheduleEmailsTheRequestsWithoutAnyoneCallingIt() throws Exception {
        Fixture fixture = cycle.withDeadline(LocalDate.now().plusDays(20));

        cycle.open(fixture);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !mailbox.to(fixture.leonEmail()).isEmpty() && !mailbox.to(fixture.priyaEmail()).isEmpty());
        assertThat(mailbox.subjects(fixture.leonEmail())).singleElement().asString().startsWith("Updates due by");
        assertThat(mailbox.subjects(fixture.priyaEmail())).singleElement().asString().startsWith("Updates due by");
    }
}
