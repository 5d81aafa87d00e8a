package org.improvementtracker.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.ApiToken;
import org.improvementtracker.accounts.ApiTokens;
import org.improvementtracker.accounts.NewApiToken;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "Your API tokens": anyone signed in creates a token, sees its secret once, finds it in their list by
 * its prefix and revokes it; nobody reaches another person's tokens.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ApiTokenPagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired ApiTokens tokens;
    @Autowired UserDetailsService users;

    Organisation organisation;
    SignedInUser viewer;

    @BeforeEach
    void aViewer() {
        organisation = testData.organisation();
        viewer = (SignedInUser) users.loadUserByUsername(organisation.username(Role.VIEWER));
    }

    @Test
    void theHeaderLinksToYourTokens() throws Exception {
        String plans = page(get("/plans"), viewer);

        assertThat(plans).contains("href=\"/account/tokens\"");
        assertThat(Html.text(page(get("/account/tokens"), viewer))).contains("Your API tokens", "You have no API tokens",
                "Create a token");
    }

    @Test
    void aNewTokenIsShownOnceWithAWarningThenOnlyByItsPrefix() throws Exception {
        String form = page(get("/account/tokens/new"), viewer);
        assertThat(Html.all(form, "name=\"days\"[^>]*value=\"([^\"]*)\"")).containsExactly("90");

        MockHttpServletResponse response = mvc.perform(post("/account/tokens/new").param("name", "Power BI board pack")
                .param("days", "30").with(csrf()).with(user(viewer))).andExpect(status().isOk()).andReturn().getResponse();
        String created = response.getContentAsString();
        String secret = Html.all(created, "id=\"token\"[^>]*value=\"(itk_[^\"]+)\"").get(0);
        List<ApiToken> mine = tokens.mine(viewer);
        String list = page(get("/account/tokens"), viewer);

        assertThat(Html.text(created)).contains("Your new API token", "For Power BI board pack",
                "Copy the token now. It will not be shown again");
        assertThat(mine).singleElement().satisfies(token -> {
            assertThat(token.name()).isEqualTo("Power BI board pack");
            assertThat(secret).startsWith(token.prefix());
            assertThat(token.expiresAt()).isBetween(token.createdAt().plusDays(30).minusMinutes(1),
                    token.createdAt().plusDays(30).plusMinutes(1));
        });
        assertThat(response.getHeader("Cache-Control")).as("no copy of the secret kept by the browser").contains("no-store");
        assertThat(list).doesNotContain(secret);
        assertThat(Html.text(list)).contains("Power BI board pack", mine.get(0).prefix() + "…", "Never", "Active")
                .doesNotContain("You have no API tokens");
    }

    @Test
    void aTokenNeedsAPurposeAndAnExpiryWithinAYear() throws Exception {
        for (String[] bad : new String[][] {{"", "90", "Enter what the token is for"},
                {"x".repeat(101), "90", "100 characters or fewer"},
                {"Script", "", "Enter how many days the token should work for"},
                {"Script", "0", "from 1 to 365"}, {"Script", "366", "from 1 to 365"},
                {"Script", "ninety", "from 1 to 365"}, {"Script", "99999999999", "from 1 to 365"}}) {
            String page = page(post("/account/tokens/new").param("name", bad[0]).param("days", bad[1]).with(csrf()), viewer);

            assertThat(Html.text(page)).as(bad[0] + "/" + bad[1]).contains("There is a problem", bad[2])
                    .doesNotContain("itk_", "Exception");
            assertThat(page).as("the summary links to the field").containsPattern("href=\"#(name|days)\"");
        }
        assertThat(tokens.mine(viewer)).isEmpty();
    }

    @Test
    void revokingAsksFirstThenStopsTheToken() throws Exception {
        NewApiToken token = tokens.create(viewer, "Monthly upload", 90);
        String revoke = "/account/tokens/" + token.id() + "/revoke";

        String confirm = page(get(revoke), viewer);
        assertThat(Html.text(confirm)).contains("Revoke this API token?", "Monthly upload", "stop working at once");
        assertThat(confirm).contains("<form method=\"post\" action=\"" + revoke + "\"");
        mvc.perform(post(revoke).with(user(viewer))).andExpect(status().isForbidden());
        assertThat(tokens.mine(viewer, token.id()).revokedAt()).as("no CSRF token, no revocation").isNull();

        mvc.perform(post(revoke).with(user(viewer)).with(csrf())).andExpect(status().isFound())
                .andExpect(redirectedUrl("/account/tokens"));

        assertThat(tokens.mine(viewer, token.id()).revokedAt()).isNotNull();
        String list = page(get("/account/tokens"), viewer);
        assertThat(Html.text(list)).contains("Monthly upload", "Revoked");
        assertThat(list).as("nothing left to revoke").doesNotContain(revoke);
        mvc.perform(get("/api/plans").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void nobodySeesOrRevokesSomeoneElsesToken() throws Exception {
        NewApiToken token = tokens.create(viewer, "Viewer's script", 90);
        SignedInUser administrator = (SignedInUser) users.loadUserByUsername(organisation.username(Role.ADMINISTRATOR));
        Organisation other = testData.organisation();
        SignedInUser outsider = (SignedInUser) users.loadUserByUsername(other.username(Role.ADMINISTRATOR));
        String revoke = "/account/tokens/" + token.id() + "/revoke";

        for (SignedInUser someoneElse : List.of(administrator, outsider)) {
            assertThat(Html.text(page(get("/account/tokens"), someoneElse))).doesNotContain("Viewer's script");
            mvc.perform(get(revoke).with(user(someoneElse))).andExpect(status().isNotFound());
            mvc.perform(post(revoke).with(user(someoneElse)).with(csrf())).andExpect(status().isNotFound());
        }

        assertThat(tokens.mine(viewer, token.id()).revokedAt()).isNull();
        mvc.perform(get("/api/plans").header("Authorization", "Bearer " + token.secret())).andExpect(status().isOk());
    }

    @Test
    void pagesNeedASignIn() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get("/account/tokens"), get("/account/tokens/new"),
                post("/account/tokens/new").param("name", "Anonymous").param("days", "90").with(csrf()))) {
            mvc.perform(request).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
    }

    private String page(MockHttpServletRequestBuilder request, SignedInUser who) throws Exception {
        RequestPostProcessor signedIn = user(who);
        return mvc.perform(request.with(signedIn)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
