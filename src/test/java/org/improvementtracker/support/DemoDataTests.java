package org.improvementtracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanTree;
import org.improvementtracker.plans.TimescaleParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile is how every newcomer meets the product: it must load, and load once. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ActiveProfiles("demo")
class DemoDataTests {

    @Autowired JdbcClient jdbc;
    @Autowired Flyway flyway;
    @Autowired PasswordEncoder passwords;
    @Autowired PlanReader reader;

    @Test
    void demoBoroughHasFiveAccountsThatSignInWithDemo() {
        List<String> roles = jdbc.sql("""
                select a.username || ':' || m.role from account a join membership m on m.account_id = a.id
                join organisation o on o.id = m.organisation_id
                where o.name = 'Demo Borough Council' and m.status = 'ACTIVE' order by a.username""").query(String.class).list();
        assertThat(roles).containsExactly("admin:ADMINISTRATOR", "lead:CONTRIBUTOR", "owner:PLAN_OWNER",
                "partner:CONTRIBUTOR", "viewer:VIEWER");
        jdbc.sql("select password_hash from account").query(String.class).list()
                .forEach(hash -> assertThat(passwords.matches("demo", hash)).isTrue());
    }

    @Test
    void theDemoAdministratorAlsoAdministersASecondOrganisation() {
        List<String> theirs = jdbc.sql("""
                select o.name || ':' || m.role from membership m join organisation o on o.id = m.organisation_id
                join account a on a.id = m.account_id where a.username = 'admin' order by o.name""").query(String.class).list();
        assertThat(theirs).containsExactly("Demo Borough Council:ADMINISTRATOR", "Demo Partner Trust:ADMINISTRATOR");
    }

    @Test
    void theDemoPartnerIsLimitedToThePolicesTwoActions() {
        List<String> named = jdbc.sql("""
                select a.reference from partner_action n join account u on u.id = n.account_id
                join action a on a.id = n.action_id where u.username = 'partner' order by a.reference""")
                .query(String.class).list();
        assertThat(named).containsExactly("2.3 i)", "7.1 i)");
    }

    @Test
    void theDemoPlanIsRealisticInSize() {
        PlanTree tree = reader.tree(1, 1);
        assertThat(tree.sections()).hasSize(8);
        int actions = tree.sections().stream().mapToInt(PlanTree.SectionNode::actionCount).sum();
        assertThat(actions).isBetween(55, 65);
        assertThat(reader.glossary(1, 1)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(tree.sections()).allSatisfy(section -> assertThat(section.outcomes()).isNotEmpty());
    }

    @Test
    void everyDemoDueDateIsWhatTheTimescaleSays() {
        reader.tree(1, 1).sections().stream()
                .flatMap(section -> java.util.stream.Stream.concat(section.actionsWithoutOutcome().stream(),
                        section.outcomes().stream().flatMap(outcome -> outcome.actions().stream())))
                .map(PlanTree.ActionNode::action)
                .forEach(action -> assertThat(TimescaleParser.parse(action.timescaleText()).dueDate())
                        .as(action.reference() + " \"" + action.timescaleText() + "\"")
                        .isEqualTo(action.dueDate()));
    }

    @Test
    void migratingAgainChangesNothing() {
        long before = jdbc.sql("select count(*) from action").query(Long.class).single();

        assertThat(flyway.migrate().migrationsExecuted).isZero();

        assertThat(jdbc.sql("select count(*) from action").query(Long.class).single()).isEqualTo(before);
    }
}
