package org.improvementtracker.reports;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.IndicatorValues;
import org.improvementtracker.indicators.ValueEntry;
import org.improvementtracker.plans.PlanService;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.RatedPlans;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A plan rated over April to June 2025 whose text is what users really type: section 1 is plain (1.2
 * falls to red, 1.1 completes in June); section 2's title has every character a sheet name refuses,
 * and each of its actions carries one piece of hostile text, in its description and its update. An
 * indicator of section 1 has values for April to June; the plan has a glossary.
 */
final class TypedTextPlan {

    /** Text that must come out literally in every format, never as markup or a formula. */
    static final List<String> HOSTILE = List.of("<b>markup</b> & <script>x</script>", "W".repeat(120),
            "مرحبا بالعالم", "Done 🎉", "=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@SUM(A1)");

    static final String UNSAFE_SECTION = "Early help: [what]/works? *now*\\then";
    static final String MULTI_LINE_UPDATE = "First line of the update\nSecond line of the update";

    final Organisation organisation;
    final long planId;
    final List<Long> plainActions;
    final List<Long> hostileActions = new ArrayList<>();
    final long indicatorId;
    final Period june;

    TypedTextPlan(ApplicationContext beans) {
        TestData testData = beans.getBean(TestData.class);
        RatedPlans rated = new RatedPlans(beans);
        organisation = testData.organisation();
        planId = testData.plan(organisation, PlanStatus.ACTIVE);
        plainActions = rated.section(organisation, planId, "1", 3);
        long earlyHelp = testData.section(organisation, planId, "2", UNSAFE_SECTION);
        for (int i = 0; i < HOSTILE.size(); i++) {
            hostileActions.add(testData.action(organisation, planId, earlyHelp, null, "2." + (i + 1), HOSTILE.get(i),
                    "Sept 25 - Jan 26"));
        }
        List<Long> all = new ArrayList<>(plainActions);
        all.addAll(hostileActions);
        rated.initial(organisation, planId, all.subList(0, 3), 3, 3, 2);
        rated.closedWith(organisation, planId, RatedPlans.month(0), plainActions, 3, 2, 2);
        rated.closedWith(organisation, planId, RatedPlans.month(1), plainActions, 3, 2, 2);
        Period period = rated.open(organisation, planId, RatedPlans.month(2));
        rated.submit(organisation, period, plainActions, 4, 1, 2);
        for (int i = 0; i < hostileActions.size(); i++) {
            rated.submit(organisation, period, hostileActions.get(i), 3,
                    i == 0 ? MULTI_LINE_UPDATE : HOSTILE.get(i));
        }
        june = rated.close(organisation, period);
        indicatorId = testData.indicator(organisation, planId, sectionOf(beans, plainActions.get(0)), "FD1");
        long accountId = testData.accountId(organisation.username(Role.PLAN_OWNER));
        beans.getBean(IndicatorValues.class).saveAll(organisation.id(), accountId, List.of(
                entry(0, "40.0"), entry(1, "45.0"), entry(2, "42.5")));
        beans.getBean(PlanService.class).addGlossaryTerm(organisation.id(), planId, "MASH",
                "Multi-agency safeguarding hub");
    }

    /** The board pack of June in this format, as a viewer downloads it from the API. */
    byte[] download(MockMvc mvc, ReportFormat format, String options) throws Exception {
        return mvc.perform(get("/api/plans/" + planId + "/board-pack?format=" + format.extension() + "&period="
                + june.id() + options).with(viewer()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", format.mediaType()))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"board-pack-june-2025." + format.extension() + "\""))
                .andReturn().getResponse().getContentAsByteArray();
    }

    /** What another API answers a viewer, to compare the files' figures with. */
    String api(MockMvc mvc, String path) throws Exception {
        return mvc.perform(get(path).with(viewer())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    static byte[] write(ReportWriters writers, Report report, ReportFormat format) throws IOException {
        var out = new ByteArrayOutputStream();
        writers.writer(format).write(report, out);
        return out.toByteArray();
    }

    private RequestPostProcessor viewer() {
        return httpBasic(organisation.username(Role.VIEWER), TestData.PASSWORD);
    }

    private long sectionOf(ApplicationContext beans, long actionId) {
        return beans.getBean(JdbcClient.class).sql("select section_id from action where id = ?").param(actionId).query(Long.class).single();
    }

    private ValueEntry entry(int month, String value) {
        return new ValueEntry(indicatorId, RatedPlans.month(month), new Figures(new BigDecimal(value), null, null, null),
                null);
    }
}
