package org.improvementtracker.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doReturn;

import java.util.List;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.RatedPlans;
import org.improvementtracker.reports.publishing.PublishedPacks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A publication that fails part way through stores nothing: here the second file cannot be stored (the
 * same format twice), and the pack and the first file go with it.
 */
@DatabaseTest
@SpringBootTest
@Import(TestData.class)
class PublishingIsAllOrNothingTests {

    @MockitoSpyBean
    ReportWriters writers;

    @Autowired
    PublishedPacks published;

    @Autowired
    TestData testData;

    @Autowired
    ApplicationContext beans;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileThatCannotBeStoredTakesTheWholePublicationBack() {
        RatedPlans rated = new RatedPlans(beans);
        Organisation organisation = testData.organisation();
        long planId = testData.plan(organisation, PlanStatus.ACTIVE);
        List<Long> actions = rated.section(organisation, planId, "1", 2);
        Period april = rated.closedWith(organisation, planId, RatedPlans.month(0), actions, 3, 2);
        doReturn(List.of(ReportFormat.HTML, ReportFormat.HTML)).when(writers).formats();

        assertThatThrownBy(() -> published.publish(rated.user(organisation, Role.PLAN_OWNER), planId, april.id(),
                BoardPackOptions.defaults())).isInstanceOf(RuntimeException.class);

        assertThat(jdbc.sql("select count(*) from published_pack where plan_id = ?").param(planId).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where plan_id = ? and subject_type = ?")
                .params(planId, "Published board pack").query(Long.class).single()).isZero();
    }
}
