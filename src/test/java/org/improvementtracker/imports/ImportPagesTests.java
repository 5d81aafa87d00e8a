package org.improvementtracker.imports;

import static org.improvementtracker.imports.OfficeFixtures.sheet;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The import pages: a refused mapping keeps the choices, and unmatched actions are listed until skipped. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ImportPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    UserDetailsService users;

    Organisation organisation;

    @BeforeEach
    void organisation() {
        organisation = testData.organisation();
    }

    @Test
    void aPeriodBesideAColumnThatTakesNoneIsRefusedKeepingEveryChoice() throws Exception {
        String mapping = upload(null);

        mvc.perform(post(mapping).with(owner()).with(csrf()).param("field-A", "section").param("field-C", "action")
                        .param("field-D", "lead").param("period-D", "01/18"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Only rating and update columns have a period")))
                .andExpect(content().string(Matchers.containsString("href=\"#field-D\"")))
                .andExpect(content().string(Matchers.containsString("value=\"01/18\"")));
    }

    @Test
    void intoAnExistingPlanTheUnmatchedAreListedAndMustBeSkipped() throws Exception {
        long planId = testData.smallPlan(organisation, PlanStatus.ACTIVE).planId();
        String preview = upload(planId).replace("/mapping", "");

        mvc.perform(get(preview).with(owner())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Actions that match none of the plan")))
                .andExpect(content().string(Matchers.containsString("Visit every child")));
        String commit = preview.replace("?", "/commit?");
        mvc.perform(post(commit).with(owner()).with(csrf()).param("period", "March 2026")
                        .param("acceptWarnings", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"#skipUnmatched\"")))
                .andExpect(content().string(Matchers.containsString("value=\"March 2026\"")));
        mvc.perform(post(commit).with(owner()).with(csrf()).param("period", "March 2026")
                        .param("acceptWarnings", "true").param("skipUnmatched", "true"))
                .andExpect(redirectedUrl("/plans/" + planId))
                .andExpect(flash().attribute("banner", "The file's ratings and updates are imported as a closed period"));
    }

    /** Uploads a one-sheet plan and answers the mapping page's address it is sent to. */
    private String upload(Long planId) throws Exception {
        byte[] file = sheet("Priority 1", new String[] {"Priority", "Outcome", "Action", "Lead", "RAG status"},
                new String[] {"Safeguarding", "1.1 Children are seen", "Visit every child", "Jo Smith", "Green"});
        var request = multipart("/imports").file(new MockMultipartFile("file", "plan.xlsx", null, file))
                .with(owner()).with(csrf());
        if (planId != null) {
            request.param("planId", planId.toString());
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private RequestPostProcessor owner() {
        return user(users.loadUserByUsername(organisation.username(Role.PLAN_OWNER)));
    }
}
