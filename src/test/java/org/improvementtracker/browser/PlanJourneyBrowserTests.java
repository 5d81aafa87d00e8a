package org.improvementtracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanService;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The main journeys through the pages in a real browser. Every page visited is screenshot and
 * checked with axe (WCAG 2.2 AA) and for console errors by {@link Browser#check(String)}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class PlanJourneyBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** One organisation for the whole class; each test makes its own plan in it. */
    private static Organisation organisation;

    /** Anything that may read as a way to change something. */
    private static final Pattern CHANGING = Pattern.compile("^(Add|Change|Create|Edit|Remove|Up|Down|Save)\\b");

    @Autowired
    TestData testData;

    @Autowired
    PlanReader reader;

    @Autowired
    PlanService plans;

    Page page;

    @BeforeEach
    void setUp() {
        if (organisation == null) {
            organisation = testData.organisation();
            testData.person(organisation, "Alex Director");
        }
        page = browser.page();
    }

    @Test
    void planOwnerChangesAnActionAndSignsOut() {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        testData.action(organisation, plan.planId(), plan.sectionId(), plan.outcomeId(), "1.1 ii)",
                "Audit the quality of referrals", "Mar 26");
        String title = reader.plan(organisation.id(), plan.planId()).title();

        signInThroughTheSignInPage(Role.PLAN_OWNER);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(heading()).hasText(title);
        browser.check("plan-overview");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1. Front door")).click();
        assertThat(heading()).hasText("Front door");
        browser.check("section");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1.1 i)").setExact(true)).click();
        assertThat(heading()).hasText("1.1 i)");
        browser.check("action");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit action")).click();
        assertThat(heading()).hasText("Edit action 1.1 i)");
        browser.check("edit-action");

        page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true))
                .fill("Review the front door and its thresholds with partners");
        page.getByLabel("Timescale as written in the plan").fill("By June 2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save action")).click();

        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Action saved.");
        browser.check("action-saved");
        assertThat(heading()).hasText("1.1 i)");
        assertThat(page.locator("#description")).hasText("Review the front door and its thresholds with partners");
        assertThat(page.locator("#timescale")).containsText("By June 2026");
        assertThat(page.locator("#due-date")).hasText("30 June 2026");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(heading()).hasText("Sign in to Improvement Tracker");
        assertThat(page.locator(".govuk-notification-banner")).containsText("You have signed out");
        browser.check("signed-out");

        // The session is gone: the plans ask for a sign-in again.
        page.navigate("/plans");
        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertThat(heading()).hasText("Sign in to Improvement Tracker");
        browser.check("sign-in-again");
    }

    @Test
    void viewerReadsThePlanButCannotChangeIt() {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        String title = reader.plan(organisation.id(), plan.planId()).title();

        signInThroughTheSignInPage(Role.VIEWER);
        assertNothingToChange();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(heading()).hasText(title);
        browser.check("plan-overview");
        assertNothingToChange();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1. Front door")).click();
        assertThat(heading()).hasText("Front door");
        browser.check("section");
        assertNothingToChange();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1.1 i)").setExact(true)).click();
        assertThat(heading()).hasText("1.1 i)");
        browser.check("action");
        assertThat(page.locator("#description")).hasText("Review the MASH");
        assertNothingToChange();

        Response forbidden = page.navigate("/plans/" + plan.planId() + "/actions/" + plan.actionId() + "/edit");
        assertEquals(403, forbidden.status(), "status of the edit page for a viewer");
        assertThat(heading()).hasText("You cannot do that");
        browser.check("edit-forbidden");

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("People")).click();
        assertThat(heading()).hasText("People");
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Alex Director"))).isVisible();
        browser.check("people");
        assertNothingToChange();
    }

    @Test
    void signingInWithTheKeyboardOnly() {
        page.navigate("/login");
        assertThat(heading()).hasText("Sign in to Improvement Tracker");
        browser.check("sign-in");

        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to main content")))
                .isFocused();
        Locator username = page.getByLabel("Username");
        for (int presses = 0; presses < 3 && !isFocused(username); presses++) {
            page.keyboard().press("Tab");
        }
        assertThat(username).isFocused();
        page.keyboard().type(organisation.username(Role.CONTRIBUTOR));
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Password")).isFocused();
        page.keyboard().type(TestData.PASSWORD);
        page.keyboard().press("Enter");

        assertThat(heading()).hasText("Improvement plans");
        browser.check("plans");

        // The skip link takes keyboard users past the header and menu.
        page.keyboard().press("Tab");
        Locator skipLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to main content"));
        assertThat(skipLink).isFocused();
        assertThat(skipLink).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.locator("main")).isFocused();
    }

    @Test
    void aFormWithErrorsLeadsToTheFieldToFix() {
        signInThroughTheSignInPage(Role.PLAN_OWNER);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a plan")).click();
        assertThat(heading()).hasText("Create a plan");
        assertThat(page).hasTitle("Create a plan – Improvement Tracker");
        assertThat(page.locator(".govuk-service-navigation__link[aria-current=page]")).hasText("Plans");
        browser.check("create-plan");

        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save plan")).click();

        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).isFocused();
        assertThat(summary).containsText("There is a problem");
        assertThat(page).hasTitle("Error: Create a plan – Improvement Tracker");
        browser.check("create-plan-with-errors");

        Locator toTitle = summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Enter the plan’s title"));
        assertThat(toTitle).hasAttribute("href", "#title");
        assertThat(page.locator("#title-error")).containsText("Enter the plan’s title");
        assertThat(page.locator("#title")).hasAttribute("aria-describedby", Pattern.compile("\\btitle-error\\b"));
        toTitle.click();
        assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))).isFocused();
        browser.screenshot("title-focused");
    }

    @Test
    void abbreviationsAreExplained() {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        plans.addGlossaryTerm(organisation.id(), plan.planId(), "MASH", "Multi-Agency Safeguarding Hub");

        signInThroughTheSignInPage(Role.VIEWER);

        page.navigate("/plans/" + plan.planId());
        assertThat(page.locator(".govuk-caption-l")).containsText("Active plan");
        browser.check("plan-overview");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Glossary")).click();
        assertThat(heading()).hasText("Glossary");
        browser.check("glossary");
        Locator glossary = page.locator("#glossary");
        assertThat(glossary.locator("dt")).hasText("MASH");
        assertThat(glossary.locator("dd")).hasText("Multi-Agency Safeguarding Hub");

        page.navigate("/plans/" + plan.planId() + "/actions/" + plan.actionId());
        assertThat(heading()).hasText("1.1 i)");
        browser.check("action-with-abbreviation");
        Locator abbreviation = page.locator("#description abbr");
        assertThat(abbreviation).hasText("MASH");
        assertThat(abbreviation).hasAttribute("title", "Multi-Agency Safeguarding Hub");

        page.navigate("/plans/" + plan.planId());
        assertThat(page.locator(".govuk-caption-l")).containsText("Active plan");
        browser.check("plan-overview-again");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Find actions")).click();
        assertThat(heading()).hasText("Find actions");
        browser.check("find-actions");

        page.getByLabel("Words in the action or its reference").fill("MASH");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find actions")).click();
        assertThat(page).hasURL(Pattern.compile("/plans/" + plan.planId() + "/actions\\?text=MASH"));
        assertThat(page.locator("#results-heading")).hasText("1 action found");
        browser.check("search-results");
        assertThat(page.locator("#results").getByRole(AriaRole.LINK)).hasText("1.1 i)");
    }

    private void signInThroughTheSignInPage(Role role) {
        page.navigate("/plans");
        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertThat(heading()).hasText("Sign in to Improvement Tracker");
        browser.check("sign-in");

        page.getByLabel("Username").fill(organisation.username(role));
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(heading()).hasText("Improvement plans");
        assertThat(page.getByText(role.label() + " of " + organisation.name())).isVisible();
        browser.check("plans");
    }

    private void assertNothingToChange() {
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CHANGING))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(CHANGING))).hasCount(0);
    }

    private Locator heading() {
        return page.locator("h1");
    }

    private static boolean isFocused(Locator locator) {
        return Boolean.TRUE.equals(locator.evaluate("element => element === document.activeElement"));
    }
}
