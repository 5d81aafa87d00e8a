package org.improvementtracker.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Chromium for the browser tests: one browser per test class, a fresh context and page per test,
 * pointed at the application's random port. Register it on a {@code @SpringBootTest(webEnvironment =
 * RANDOM_PORT)} class with {@code @RegisterExtension static final Browser browser = new Browser();}.
 *
 * <p>Every page the test visits must be {@linkplain #check(String) checked}: the check takes a
 * full-page screenshot into {@code target/screenshots/<TestClass>/<test>-NN-<name>.png}, asserts
 * GOV.UK Frontend's JavaScript initialised every component, runs axe (WCAG 2.2 A and AA) expecting
 * no violations, and fails on any console error (Content-Security-Policy reports included) or
 * uncaught script error. A page that loads and is left without a check fails the test, so no page
 * escapes. If the test ends on an unchecked page, that page is checked as "last".
 *
 * <p>Without {@code /usr/bin/chromium} (or the browser named by {@code -Dchromium.path}) the tests
 * are skipped with a printed reason, or fail when the environment variable {@code CI} is set.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** Debian's Chromium; another with -Dchromium.path=... */
    public static final Path CHROMIUM = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final double TIMEOUT_MS = 10_000;

    private Playwright playwright;
    private com.microsoft.playwright.Browser chromium;

    private BrowserContext context;
    private Page page;
    private Path screenshots;
    private String testName;
    private int pagesChecked;
    private final List<String> uncheckedLoads = new ArrayList<>();
    private final List<String> skippedPages = new ArrayList<>();
    private final List<String> consoleProblems = new ArrayList<>();
    private final List<String> documents = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext extension) {
        if (!Files.isExecutable(CHROMIUM)) {
            String reason = "Browser tests need Chromium at " + CHROMIUM + " (Debian package chromium)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(reason + "; CI is set, so this is a failure, not a skip");
            }
            System.out.println("Skipping " + extension.getDisplayName() + ": " + reason);
            Assumptions.abort(reason);
        }
        deleteScreenshotsOf(extension.getRequiredTestClass());
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** Screenshots of an earlier run would mix with this run's; start the class's folder afresh. */
    private static void deleteScreenshotsOf(Class<?> testClass) {
        Path folder = SCREENSHOTS.resolve(testClass.getSimpleName());
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".png")).toList()) {
                Files.delete(file);
            }
        } catch (IOException cannotDelete) {
            throw new UncheckedIOException(cannotDelete);
        }
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            chromium = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        String port = SpringExtension.getApplicationContext(extension).getEnvironment()
                .getRequiredProperty("local.server.port");
        screenshots = SCREENSHOTS.resolve(extension.getRequiredTestClass().getSimpleName());
        testName = extension.getRequiredTestMethod().getName();
        pagesChecked = 0;
        uncheckedLoads.clear();
        skippedPages.clear();
        consoleProblems.clear();
        documents.clear();
        context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setViewportSize(1280, 800)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London"));
        context.setDefaultTimeout(TIMEOUT_MS);
        page = context.newPage();
        page.onConsoleMessage(this::console);
        page.onPageError(error -> consoleProblems.add("Uncaught script error on " + page.url() + ": " + error));
        page.onRequest(request -> {
            if (request.isNavigationRequest() && request.frame() == page.mainFrame()) {
                documents.add(request.url());
            }
        });
        page.onLoad(loaded -> {
            if (!"about:blank".equals(loaded.url())) {
                uncheckedLoads.add(loaded.url());
            }
        });
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        if (context == null) {
            return;
        }
        try {
            if (extension.getExecutionException().isPresent()) {
                screenshotOfFailure();
            } else {
                if (!uncheckedLoads.isEmpty()) {
                    check("last");
                }
                if (!skippedPages.isEmpty()) {
                    throw new AssertionError("Pages loaded but never checked with Browser.check(name) "
                            + "(screenshot, axe, console): " + skippedPages);
                }
            }
        } finally {
            context.close();
            context = null;
            page = null;
        }
    }

    private void screenshotOfFailure() {
        try {
            screenshot("failed");
        } catch (RuntimeException unavailable) {
            System.out.println("No screenshot of the failure of " + testName + ": " + unavailable.getMessage());
        }
    }

    /** This test's page, in a fresh browser context: no cookies, no session. */
    public Page page() {
        return page;
    }

    /** Signs in on the sign-in page and lands on the list of plans, checking both pages. */
    public Page signIn(String username, String password) {
        open("/login", "sign-in");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Improvement plans");
        return check("plans");
    }

    /**
     * Lets pages of the application read and write the clipboard, as a user's own browser does when
     * they copy from a spreadsheet and paste with the keyboard.
     */
    public void allowClipboard() {
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
    }

    /** Opens a path of the application and checks the page it lands on. */
    public Page open(String path, String name) {
        page.navigate(path);
        return check(name);
    }

    /**
     * Checks the page now shown, once it has loaded: screenshot, GOV.UK Frontend initialised, no
     * axe violations, no console errors. Call it after each step that loads a new page, once the
     * new page is known to be there (assert on its heading or URL first).
     */
    public Page check(String name) {
        page.waitForLoadState(LoadState.LOAD);
        if (uncheckedLoads.isEmpty()) {
            throw new AssertionError("check(\"" + name + "\"): no page has loaded since the last check, so this "
                    + "would check " + page.url() + " again. Wait for the new page (its heading or URL) first.");
        }
        skippedPages.addAll(uncheckedLoads.subList(0, uncheckedLoads.size() - 1));
        uncheckedLoads.clear();
        screenshot(name);
        assertGovukFrontendInitialised(name);
        assertAccessible(name);
        assertNoConsoleProblems(name);
        return page;
    }

    /** Screenshots the page as it is now (after a change within the page, for instance), without checks. */
    public void screenshot(String name) {
        pagesChecked++;
        String file = String.format("%s-%02d-%s.png", testName, pagesChecked, name.replaceAll("[^A-Za-z0-9_-]+", "-"));
        try {
            Files.createDirectories(screenshots);
        } catch (IOException cannotCreate) {
            throw new UncheckedIOException(cannotCreate);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(file)).setFullPage(true));
    }

    private void console(ConsoleMessage message) {
        if (isPageStatus(message)) {
            return;
        }
        if ("error".equals(message.type()) || message.text().contains("Content Security Policy")) {
            consoleProblems.add("Console " + message.type() + " on " + page.url() + ": " + message.text()
                    + (message.location() == null || message.location().isBlank() ? "" : " (" + message.location() + ")"));
        }
    }

    /**
     * Chromium logs "Failed to load resource" for a page served with an error status, such as our
     * 403 page; the test asserts that status itself. Failures of anything else (CSS, fonts, scripts)
     * still count.
     */
    private boolean isPageStatus(ConsoleMessage message) {
        String location = message.location() == null ? "" : message.location();
        return message.text().startsWith("Failed to load resource")
                && documents.stream().anyMatch(document -> location.startsWith(document + ":"));
    }

    private void assertNoConsoleProblems(String name) {
        if (!consoleProblems.isEmpty()) {
            List<String> problems = List.copyOf(consoleProblems);
            consoleProblems.clear();
            throw new AssertionError("The browser reported problems up to page \"" + name + "\":\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** GOV.UK Frontend marks each component it started with data-{module}-init; none may be missing. */
    private void assertGovukFrontendInitialised(String name) {
        Object supported = page.evaluate("document.body.classList.contains('govuk-frontend-supported')");
        if (!Boolean.TRUE.equals(supported)) {
            throw new AssertionError("Page \"" + name + "\" (" + page.url() + "): body lacks govuk-frontend-supported, "
                    + "so GOV.UK Frontend's JavaScript did not run (is supported.js blocked?)");
        }
        Object missing = page.evaluate("""
                Array.from(document.querySelectorAll('[data-module]'))
                    .filter(element => !element.hasAttribute('data-' + element.dataset.module + '-init'))
                    .map(element => element.dataset.module + ' on <' + element.tagName.toLowerCase()
                        + (element.id ? ' id=' + element.id : '') + '>')""");
        if (missing instanceof List<?> list && !list.isEmpty()) {
            throw new AssertionError("Page \"" + name + "\" (" + page.url() + "): GOV.UK Frontend did not initialise "
                    + list + " (is app.js blocked, or did initAll fail?)");
        }
    }

    /**
     * Legacy mode runs axe in the page itself: about three times faster than the default, which
     * opens a blank page per run to join results across frames. Our pages have no iframes.
     */
    private void assertAccessible(String name) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
        if (results.isErrored()) {
            throw new AssertionError("axe could not run on page \"" + name + "\" (" + page.url() + "): "
                    + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " accessibility violation(s) on page \"" + name + "\" ("
                    + page.url() + "):\n" + violations.stream().map(Browser::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder("- ").append(rule.getId()).append(" [").append(rule.getImpact())
                .append("] ").append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(")");
        for (CheckedNode node : rule.getNodes()) {
            text.append("\n    at ").append(node.getTarget());
            if (node.getFailureSummary() != null) {
                text.append(": ").append(node.getFailureSummary().replace("\n", " "));
            }
        }
        return text.toString();
    }
}
