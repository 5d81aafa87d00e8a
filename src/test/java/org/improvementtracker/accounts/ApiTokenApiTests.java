package org.improvementtracker.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.support.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Scripts sign in to the API with a personal API token instead of a password: it acts as its account
 * with that account's role, and stops working when expired, revoked or its account is deactivated,
 * answering the same 401 whatever the reason.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ApiTokenApiTests {

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired ApiTokens tokens;
    @Autowired AccountDetailsService accounts;
    @Autowired JdbcClient jdbc;
    @Autowired PlanReader plans;

    Organisation organisation;
    SmallPlan plan;

    @BeforeEach
    void anOrganisationWithAPlan() {
        organisation = testData.organisation();
        plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
    }

    @Test
    void aTokenReadsTheApiAsItsAccount() throws Exception {
        NewApiToken token = tokenOf(Role.VIEWER);

        MockHttpServletResponse list = mvc.perform(get("/api/plans").with(bearer(token.secret())))
                .andExpect(status().isOk()).andReturn().getResponse();
        mvc.perform(get("/api/plans/" + plan.planId()).with(bearer(token.secret()))).andExpect(status().isOk());

        assertThat(list.getContentAsString()).contains(plans.plan(organisation.id(), plan.planId()).title());
        assertThat(list.getCookies()).as("no session for a stateless API").isEmpty();
    }

    @Test
    void aTokenHasItsAccountsRoleAndNoMore() throws Exception {
        NewApiToken viewer = tokenOf(Role.VIEWER);
        NewApiToken owner = tokenOf(Role.PLAN_OWNER);

        mvc.perform(newPlan("Viewer's plan").with(bearer(viewer.secret()))).andExpect(status().isForbidden());
        mvc.perform(newPlan("Owner's plan").with(bearer(owner.secret()))).andExpect(status().isCreated());

        assertThat(plans.plans(organisation.id())).extracting(p -> p.title())
                .contains("Owner's plan").doesNotContain("Viewer's plan");
    }

    @Test
    void expiredRevokedUnknownMalformedAndDeactivatedTokensAllGetTheSameUnauthorizedProblem() throws Exception {
        NewApiToken expired = tokenOf(Role.PLAN_OWNER);
        jdbc.sql("update api_token set expires_at = ? where id = ?")
                .params(OffsetDateTime.now().minusSeconds(1), expired.id()).update();
        NewApiToken revoked = tokenOf(Role.PLAN_OWNER);
        tokens.revoke(accounts.loadUserByUsername(organisation.username(Role.PLAN_OWNER)), revoked.id());
        NewApiToken deactivated = tokenOf(Role.CONTRIBUTOR);
        jdbc.sql("update account set enabled = false where username = ?")
                .param(organisation.username(Role.CONTRIBUTOR)).update();
        String unknown = TokenSecret.generate();
        String live = tokenOf(Role.PLAN_OWNER).secret();
        String malformed = live.substring(0, live.length() - 1) + "!";

        String noCredentials = mvc.perform(get("/api/plans")).andExpect(status().isUnauthorized()).andReturn()
                .getResponse().getContentAsString();
        List<String> answers = new ArrayList<>();
        for (String secret : List.of(expired.secret(), revoked.secret(), deactivated.secret(), unknown, malformed,
                "itk_", "", "not a token at all", live + live)) {
            MockHttpServletResponse response = mvc.perform(get("/api/plans").with(bearer(secret))).andReturn().getResponse();
            assertThat(response.getStatus()).as(secret).isEqualTo(401);
            assertThat(response.getContentType()).as(secret).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(response.getHeaders("WWW-Authenticate")).as(secret).contains("Bearer realm=\"Improvement Tracker\"");
            answers.add(response.getContentAsString());
        }
        mvc.perform(newPlan("Sneaky plan").with(bearer(revoked.secret()))).andExpect(status().isUnauthorized());

        assertThat(answers).as("nothing says which kind of failure it was").containsOnly(noCredentials);
        assertThat(noCredentials).contains("\"status\":401", "\"title\":\"Unauthorized\"")
                .doesNotContain("expired", "revoked", "unknown", "Exception");
        assertThat(plans.plans(organisation.id())).hasSize(1);
    }

    @Test
    void anotherOrganisationsRecordsAreNotFoundWithAToken() throws Exception {
        Organisation other = testData.organisation();
        NewApiToken tokenOfOther = tokens.create(accounts.loadUserByUsername(other.username(Role.ADMINISTRATOR)),
                "Other council's script", 30);

        mvc.perform(get("/api/plans/" + plan.planId()).with(bearer(tokenOfOther.secret()))).andExpect(status().isNotFound());
        String theirList = mvc.perform(get("/api/plans").with(bearer(tokenOfOther.secret()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(theirList).isEqualTo("[]");
    }

    @Test
    void onlyAHashOfTheSecretIsStored() {
        NewApiToken token = tokenOf(Role.PLAN_OWNER);

        Map<String, Object> row = jdbc.sql("select * from api_token where id = ?").param(token.id()).query().singleRow();

        assertThat(token.secret()).startsWith("itk_").hasSize(47);
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(token.secret()));
        assertThat(row.get("token_hash")).isEqualTo(TokenSecret.hash(token.secret())).asString().hasSize(64);
        assertThat(row.get("prefix")).isEqualTo(token.secret().substring(0, 12));
        assertThat(tokens.signIn(token.secret())).isPresent();
        assertThat(tokens.signIn((String) row.get("token_hash"))).as("the stored hash is not itself a key").isEmpty();
    }

    @Test
    void lastUseIsRecordedAtMostOnceAMinute() throws Exception {
        NewApiToken token = tokenOf(Role.VIEWER);
        assertThat(lastUsed(token)).isNull();

        mvc.perform(get("/api/plans").with(bearer(token.secret()))).andExpect(status().isOk());
        OffsetDateTime first = lastUsed(token);
        OffsetDateTime thirtySecondsAgo = first.minusSeconds(30);
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(thirtySecondsAgo, token.id()).update();
        mvc.perform(get("/api/plans").with(bearer(token.secret()))).andExpect(status().isOk());
        OffsetDateTime afterQuickUse = lastUsed(token);
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(first.minusMinutes(2), token.id()).update();
        mvc.perform(get("/api/plans").with(bearer(token.secret()))).andExpect(status().isOk());

        assertThat(first).isNotNull();
        assertThat(afterQuickUse.toInstant()).isEqualTo(thirtySecondsAgo.toInstant());
        assertThat(lastUsed(token)).isAfter(first.minusMinutes(1));
    }

    @Test
    void expiryMustBeFromOneDayToAYear() {
        SignedInUser owner = accounts.loadUserByUsername(organisation.username(Role.PLAN_OWNER));

        for (int days : new int[] {0, -1, 366}) {
            assertThatThrownBy(() -> tokens.create(owner, "Too long", days))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(tokens.create(owner, "A year", 365).expiresAt()).isAfter(OffsetDateTime.now().plusDays(364));
        assertThat(tokens.mine(owner)).extracting(ApiToken::name).containsExactly("A year");
    }

    private NewApiToken tokenOf(Role role) {
        return tokens.create(accounts.loadUserByUsername(organisation.username(role)), "Script of " + role, 90);
    }

    private OffsetDateTime lastUsed(NewApiToken token) {
        return jdbc.sql("select last_used_at from api_token where id = ?").param(token.id())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional().orElse(null);
    }

    private static MockHttpServletRequestBuilder newPlan(String title) {
        return post("/api/plans").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"" + title + "\"}");
    }

    private static RequestPostProcessor bearer(String secret) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + secret);
            return request;
        };
    }
}
