package org.improvementtracker;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads invitations as their recipients would: the one-time link's secret from the message written to
 * them (the outbox's copy, as email is not set up in tests). Import with {@code @Import(TestInvitations.class)}.
 */
@Component
public class TestInvitations {

    private final JdbcClient jdbc;

    public TestInvitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The body of the latest invitation written to this address by this organisation. */
    public String message(long organisationId, String email) {
        return jdbc.sql("""
                select body from notification where organisation_id = ? and email = ? and kind = 'INVITATION'
                order by id desc limit 1""")
                .params(organisationId, email).query(String.class).single();
    }

    /** The secret of the latest link sent to this address by this organisation. */
    public String secret(long organisationId, String email) {
        List<String> secrets = Html.all(message(organisationId, email), "token=([A-Za-z0-9_-]{43})");
        if (secrets.isEmpty()) {
            throw new AssertionError("No link in the invitation to " + email);
        }
        return secrets.get(0);
    }

    /** Gives an account an email address (TestData's accounts have none), so that it can be invited elsewhere. */
    public String giveEmail(String username) {
        String email = username + "@example.gov.uk";
        jdbc.sql("update account set email = ? where username = ?").params(email, username).update();
        return email;
    }

    /** Makes every invitation of the organisation to the address expire, as if seven days had passed. */
    public void expire(long organisationId, String email) {
        jdbc.sql("""
                update invitation set expires_at = ? where organisation_id = ?
                and account_id in (select id from account where email = ?)""")
                .params(OffsetDateTime.now().minusSeconds(1), organisationId, email).update();
    }
}
