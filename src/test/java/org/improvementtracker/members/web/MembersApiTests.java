package org.improvementtracker.members.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestInvitations;
import org.improvementtracker.accounts.Memberships;
import org.improvementtracker.accounts.MembershipStatus;
import org.improvementtracker.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The members API, for administrators: the same rules as the pages, answered as JSON and problem details. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestData.class, TestInvitations.class})
class MembersApiTests {

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired TestInvitations mail;
    @Autowired Memberships memberships;

    Organisation organisation;
    RequestPostProcessor administrator;

    @BeforeEach
    void anOrganisation() {
        organisation = testData.organisation();
        administrator = as(Role.ADMINISTRATOR);
    }

    @Test
    void administratorsListTheirMembersAsAPlainArray() throws Exception {
        mvc.perform(get("/api/members").with(administrator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[?(@.username == '%s')].role", organisation.username(Role.VIEWER)).value("VIEWER"))
                .andExpect(jsonPath("$[?(@.username == '%s')].status", organisation.username(Role.VIEWER)).value("ACTIVE"))
                .andExpect(jsonPath("$[0].version").isNumber())
                .andExpect(jsonPath("$[0].passwordHash").doesNotExist());
    }

    @Test
    void anInvitationCreatesAnInvitedMemberAndNeverAnswersWithTheLink() throws Exception {
        String email = "sam." + organisation.id() + "@example.gov.uk";

        String body = mvc.perform(invitation("Sam Lee", email, "CONTRIBUTOR"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/members/")))
                .andExpect(jsonPath("$.name").value("Sam Lee"))
                .andExpect(jsonPath("$.username").value(email))
                .andExpect(jsonPath("$.role").value("CONTRIBUTOR"))
                .andExpect(jsonPath("$.status").value("INVITED"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain(mail.secret(organisation.id(), email), "token");
    }

    @Test
    void badInvitationsAreProblemsNamingTheField() throws Exception {
        mvc.perform(invitation("Sam Lee", "not an email", "VIEWER"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(invitation("Sam Lee", "sam@example.org", "SUPERUSER"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        mvc.perform(invitation("Again", mail.giveEmail(organisation.username(Role.VIEWER)), "VIEWER"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("already a member")));
        mvc.perform(post("/api/members/invitations").with(administrator).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Sam\", \"email\": \"sam.p@example.org\", \"role\": \"VIEWER\", \"personId\": "
                                + testData.person(testData.organisation(), "Theirs") + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        mvc.perform(get("/api/members").with(administrator)).andExpect(jsonPath("$.length()").value(4));
    }

    @Test
    void rolesChangeFromTheVersionReadAndTheLastAdministratorKeepsTheirs() throws Exception {
        long viewer = testData.accountId(organisation.username(Role.VIEWER));
        long admin = testData.accountId(organisation.username(Role.ADMINISTRATOR));

        mvc.perform(role(viewer, "PLAN_OWNER", 0)).andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("PLAN_OWNER")).andExpect(jsonPath("$.version").value(1));
        mvc.perform(role(viewer, "VIEWER", 0)).andExpect(status().isConflict());
        mvc.perform(role(admin, "VIEWER", 0)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("only active administrator")));
        mvc.perform(post("/api/members/" + admin + "/deactivate").with(administrator)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("accountId"));
    }

    @Test
    void deactivatingStopsTheirPasswordAndTokensAtOnceAndReactivatingRestoresThem() throws Exception {
        long viewer = testData.accountId(organisation.username(Role.VIEWER));
        mvc.perform(get("/api/plans").with(as(Role.VIEWER))).andExpect(status().isOk());

        mvc.perform(post("/api/members/" + viewer + "/deactivate").with(administrator)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DEACTIVATED"));
        mvc.perform(get("/api/plans").with(as(Role.VIEWER))).andExpect(status().isUnauthorized());

        mvc.perform(post("/api/members/" + viewer + "/reactivate").with(administrator)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(get("/api/plans").with(as(Role.VIEWER))).andExpect(status().isOk());
    }

    @Test
    void anotherOrganisationsMembersAreNotFoundAndOthersThanAdministratorsAreForbidden() throws Exception {
        Organisation other = testData.organisation();
        long theirs = testData.accountId(other.username(Role.VIEWER));

        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {get("/api/members/" + theirs),
                post("/api/members/" + theirs + "/deactivate"), role(theirs, "ADMINISTRATOR", 0)}) {
            mvc.perform(request.with(administrator)).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.title").value("Not found"));
        }
        for (Role role : new Role[] {Role.PLAN_OWNER, Role.CONTRIBUTOR, Role.VIEWER}) {
            mvc.perform(get("/api/members").with(as(role))).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.status").value(403));
            mvc.perform(post("/api/members/invitations").with(as(role)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\": \"Sneaky\", \"email\": \"sneaky@example.org\", \"role\": \"ADMINISTRATOR\"}"))
                    .andExpect(status().isForbidden());
        }
        assertThat(memberships.member(other.id(), theirs).status()).isEqualTo(MembershipStatus.ACTIVE);
    }

    private MockHttpServletRequestBuilder invitation(String name, String email, String role) {
        return post("/api/members/invitations").with(administrator).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"%s\", \"email\": \"%s\", \"role\": \"%s\"}".formatted(name, email, role));
    }

    private MockHttpServletRequestBuilder role(long accountId, String role, int version) {
        return put("/api/members/" + accountId + "/role").with(administrator).contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\": \"%s\", \"version\": %d}".formatted(role, version));
    }

    private RequestPostProcessor as(Role role) {
        return httpBasic(organisation.username(role), TestData.PASSWORD);
    }
}
