package org.improvementtracker.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.improvementtracker.support.Inserted;
import org.improvementtracker.support.audit.AuditSubject;
import org.improvementtracker.support.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** See {@link FirstAdministratorProperties}. */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final FirstAdministratorProperties properties;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final AuditTrail audit;

    FirstAdministrator(FirstAdministratorProperties properties, JdbcClient jdbc, PasswordEncoder passwords,
            Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.properties = properties;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (!properties.configured() || accountExists()) {
            return;
        }
        // Refusing to start says plainly what to fix; a weak first password would stay in use for years
        PasswordPolicy.standard().problem(properties.password()).ifPresent(problem -> {
            throw new IllegalStateException("The first administrator's password (IMPROVEMENT_TRACKER_FIRST_ADMINISTRATOR_PASSWORD) "
                    + "is not accepted: " + problem);
        });
        OffsetDateTime now = OffsetDateTime.now(clock);
        long organisationId = jdbc.sql("select id from organisation where name = ?").param(properties.organisation())
                .query(Long.class).optional()
                .orElseGet(() -> Inserted.id(jdbc.sql("insert into organisation (name, created_at) values (?, ?)")
                        .params(properties.organisation(), now)));
        long accountId = Inserted.id(jdbc.sql("""
                insert into account (organisation_id, username, display_name, password_hash, created_at)
                values (?, ?, ?, ?, ?)""")
                .params(organisationId, properties.username(), properties.username(),
                        passwords.encode(properties.password()), now));
        jdbc.sql("""
                insert into membership (organisation_id, account_id, role, status, created_at, joined_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(organisationId, accountId, Role.ADMINISTRATOR.name(), MembershipStatus.ACTIVE.name(), now, now)
                .update();
        audit.created(organisationId, AuditSubject.of("Account", accountId, properties.username()),
                Map.of("username", properties.username(), "role", Role.ADMINISTRATOR));
        log.info("Created administrator {} for {}", properties.username(), properties.organisation());
    }

    private boolean accountExists() {
        return jdbc.sql("select count(*) from account where username = ?").param(properties.username())
                .query(Long.class).single() > 0;
    }
}
