package org.improvementtracker.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.microsoft.playwright.Page;

import org.improvementtracker.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The page checks of {@link Browser} catch what they are there to catch: a green browser test
 * means something only if a broken page turns it red. Each test breaks the sign-in page on purpose.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class BrowserChecksBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    Page page;

    @BeforeEach
    void setUp() {
        page = browser.page();
    }

    @Test
    void anInlineScriptBlockedByTheContentSecurityPolicyFailsTheCheck() {
        page.navigate("/login");
        page.evaluate("""
                () => {
                    const script = document.createElement('script');
                    script.textContent = 'window.inlineScriptRan = true';
                    document.body.append(script);
                }""");

        AssertionError failure = assertThrows(AssertionError.class, () -> browser.check("inline-script"));

        assertThat(failure.getMessage()).contains("Content Security Policy");
        assertThat(page.evaluate("window.inlineScriptRan === true")).isEqualTo(false);
    }

    @Test
    void anAccessibilityViolationFailsTheCheckNamingTheRuleAndTheElement() {
        page.navigate("/login");
        page.evaluate("document.querySelector('label[for=password]').remove()");

        AssertionError failure = assertThrows(AssertionError.class, () -> browser.check("unlabelled-password"));

        assertThat(failure.getMessage())
                .contains("accessibility violation")
                .contains("- label [critical]")
                .contains("#password");
    }

    @Test
    void checkingTheSamePageTwiceIsAMistakeInTheTest() {
        browser.open("/login", "sign-in");

        AssertionError failure = assertThrows(AssertionError.class, () -> browser.check("sign-in-again"));

        assertThat(failure.getMessage()).contains("no page has loaded since the last check");
    }
}
