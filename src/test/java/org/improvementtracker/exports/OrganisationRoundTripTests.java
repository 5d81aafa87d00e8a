package org.improvementtracker.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.ImprovementTrackerApplication;
import org.improvementtracker.TestData;
import org.improvementtracker.TestDatabase;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanTree;
import org.improvementtracker.reporting.ScoreReader;
import org.improvementtracker.support.Inserted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Export a rich organisation, restore it into an empty database (a second application on a database of its
 * own, as a fresh installation would be), export again: the two documents are the same bytes, and the
 * restored plan reads as the original through the ordinary readers.
 */
@DatabaseTest
@SpringBootTest
@Import(TestData.class)
class OrganisationRoundTripTests {

    private static final AtomicInteger FRESH = new AtomicInteger();

    @Autowired
    ApplicationContext context;

    @Test
    void aRestoredOrganisationExportsToTheSameBytes() throws Exception {
        RichOrganisation rich = new RichOrganisation(context);
        byte[] exported = export(context, rich.organisation.id());
        PlanReader plans = context.getBean(PlanReader.class);
        PlanTree tree = plans.tree(rich.organisation.id(), rich.planId);
        String score = context.getBean(ScoreReader.class).scores(rich.organisation.id(), rich.planId,
                rich.closedPeriodId).score().display();

        try (ConfigurableApplicationContext fresh = freshInstallation()) {
            long organisationId = firstAdministrator(fresh, rich.administrator());
            long administratorId = fresh.getBean(JdbcClient.class).sql("select id from account where username = ?")
                    .param(rich.administrator()).query(Long.class).single();

            fresh.getBean(OrganisationRestore.class).restore(organisationId, administratorId,
                    new ByteArrayInputStream(exported));

            assertThat(new String(export(fresh, organisationId), StandardCharsets.UTF_8))
                    .isEqualTo(new String(exported, StandardCharsets.UTF_8));
            PlanReader restoredPlans = fresh.getBean(PlanReader.class);
            long planId = restoredPlans.plans(organisationId).get(0).id();
            PlanTree restored = restoredPlans.tree(organisationId, planId);
            assertThat(restored.sections()).extracting(node -> node.section().title())
                    .containsExactlyElementsOf(tree.sections().stream().map(node -> node.section().title()).toList());
            long periodId = fresh.getBean(JdbcClient.class)
                    .sql("select id from reporting_period where plan_id = ? and label = 'Last month'").param(planId)
                    .query(Long.class).single();
            assertThat(fresh.getBean(ScoreReader.class).scores(organisationId, planId, periodId).score().display())
                    .isEqualTo(score);
            assertThat(fresh.getBean(JdbcClient.class).sql("select count(*) from account where password_hash is null")
                    .query(Long.class).single()).as("restored accounts set their password through a reset")
                    .isEqualTo(Role.values().length - 1L);
        }
    }

    private static byte[] export(ApplicationContext context, long organisationId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.getBean(OrganisationExport.class).write(organisationId, out);
        return out.toByteArray();
    }

    /**
     * The application again, on an empty database: another in-memory H2, or another schema of PostgreSQL. It
     * serves on a free port, since sessions (which accounts need) are a web application's.
     */
    private static ConfigurableApplicationContext freshInstallation() throws SQLException {
        String name = "fresh_installation_" + FRESH.incrementAndGet();
        String url;
        if (TestDatabase.onPostgres()) {
            String base = System.getProperty("spring.datasource.url");
            try (Connection connection = DriverManager.getConnection(base, System.getProperty("spring.datasource.username"),
                    System.getProperty("spring.datasource.password", ""));
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + name + " cascade");
                statement.execute("create schema " + name);
            }
            url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
        } else {
            url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        }
        // Arguments, because they outrank the test configuration and the PostgreSQL pass's system properties.
        return new SpringApplicationBuilder(ImprovementTrackerApplication.class).web(WebApplicationType.SERVLET)
                .run("--spring.datasource.url=" + url, "--server.port=0",
                        "--spring.flyway.default-schema=" + (TestDatabase.onPostgres() ? name : "public"));
    }

    /** What a fresh installation has: its organisation and first administrator, with the source's username. */
    private static long firstAdministrator(ConfigurableApplicationContext fresh, String username) {
        JdbcClient jdbc = fresh.getBean(JdbcClient.class);
        OffsetDateTime now = OffsetDateTime.now();
        long organisationId = Inserted.id(jdbc.sql("insert into organisation (name, created_at) values ('New council', ?)")
                .param(now));
        long accountId = Inserted.id(jdbc.sql("""
                insert into account (organisation_id, username, display_name, password_hash, created_at)
                values (?, ?, 'First administrator', 'a hash', ?)""").params(organisationId, username, now));
        jdbc.sql("""
                insert into membership (organisation_id, account_id, role, status, created_at, joined_at)
                values (?, ?, 'ADMINISTRATOR', 'ACTIVE', ?, ?)""").params(organisationId, accountId, now, now).update();
        return organisationId;
    }
}
