package org.improvementtracker.notifications;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.improvementtracker.TestData;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.browser.Browser;
import org.improvementtracker.notifications.ReportingCycle.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/** A lead reads and marks their messages, an administrator reads the outbox; every page checked with axe. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({TestData.class, ReportingCycle.class})
class MessagesBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    ReportingCycle cycle;

    @Test
    void aLeadReadsTheRequestAndAnAdministratorSeesItInTheOutbox() {
        Fixture fixture = cycle.withDeadline(LocalDate.now().plusDays(20));
        cycle.open(fixture);
        Page page = browser.page();

        browser.signIn(fixture.organisation().username(Role.CONTRIBUTOR), TestData.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Messages (1 unread)")).click();
        assertThat(page.locator("h1")).hasText("Messages");
        assertThat(page.getByText("Dear Leon Adeyemi,")).isVisible();
        browser.check("messages");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as read")).click();
        assertThat(page.getByText("Message marked as read.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Messages").setExact(true)))
                .isVisible();
        browser.check("messages-read");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile("signedOut$"));
        browser.check("signed-out");
        browser.signIn(fixture.organisation().username(Role.ADMINISTRATOR), TestData.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outbox")).click();
        assertThat(page.locator("h1")).hasText("Outbox");
        browser.check("outbox");

        page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Leon Adeyemi"))
                .getByText("Updates due by").click();
        assertThat(page.getByText("Dear Leon Adeyemi,")).isVisible();
        browser.screenshot("outbox-message-open");
    }
}
