package org.improvementtracker.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.support.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@DatabaseTest
@SpringBootTest
class FirstAdministratorTests {

    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired Clock clock;
    @Autowired AuditTrail audit;
    @Autowired AccountDetailsService accounts;

    @Test
    void createsTheOrganisationAndAdministratorOnceOnly() {
        String username = "first-admin-" + System.nanoTime();
        var properties = new FirstAdministratorProperties("Bootstrap Council " + username, username, "a long first password");

        new FirstAdministrator(properties, jdbc, passwords, clock, audit).run(null);
        new FirstAdministrator(properties, jdbc, passwords, clock, audit).run(null);

        SignedInUser admin = accounts.loadUserByUsername(username);
        assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(admin.organisationName()).isEqualTo("Bootstrap Council " + username);
        assertThat(passwords.matches("a long first password", admin.getPassword())).isTrue();
        assertThat(jdbc.sql("select count(*) from organisation where name = ?").param(admin.organisationName())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void doesNothingUnlessFullyConfigured() {
        String username = "half-configured-" + System.nanoTime();
        new FirstAdministrator(new FirstAdministratorProperties(null, username, "password"), jdbc, passwords, clock, audit).run(null);

        assertThat(jdbc.sql("select count(*) from account where username = ?").param(username).query(Long.class).single())
                .isZero();
    }

    @Test
    void refusesAShortOrCommonFirstPasswordAndCreatesNothing() {
        for (String weak : new String[] {"short", "qwerty123456"}) {
            String username = "weak-admin-" + System.nanoTime();
            var properties = new FirstAdministratorProperties("Weak Council " + username, username, weak);

            assertThatThrownBy(() -> new FirstAdministrator(properties, jdbc, passwords, clock, audit).run(null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("IMPROVEMENT_TRACKER_FIRST_ADMINISTRATOR_PASSWORD")
                    .hasMessageNotContaining(weak);
            assertThat(jdbc.sql("select count(*) from account where username = ?").param(username).query(Long.class).single())
                    .isZero();
            assertThat(jdbc.sql("select count(*) from organisation where name = ?").param("Weak Council " + username)
                    .query(Long.class).single()).isZero();
        }
    }
}
