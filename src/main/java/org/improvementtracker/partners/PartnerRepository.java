package org.improvementtracker.partners;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PartnerRepository {

    /** A limit as stored: its version and the actions it names. */
    record Limit(int version, Set<Long> actionIds) {
    }

    private final JdbcClient jdbc;

    PartnerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's limit, read in one statement; empty when the account is not limited. */
    Optional<Limit> limitOf(long organisationId, long accountId) {
        return Optional.ofNullable(limitsOf(organisationId, List.of(accountId)).get(accountId));
    }

    /** The limits of these accounts, in one statement, by account id. */
    Map<Long, Limit> limitsOf(long organisationId, Collection<Long> accountIds) {
        Map<Long, Limit> limits = new HashMap<>();
        if (accountIds.isEmpty()) {
            return limits;
        }
        jdbc.sql("""
                select l.account_id, l.version, n.action_id from partner_access l
                left join partner_action n on n.organisation_id = l.organisation_id and n.account_id = l.account_id
                where l.organisation_id = :organisation and l.account_id in (:accounts)""")
                .param("organisation", organisationId).param("accounts", accountIds)
                .query(rs -> {
                    int version = rs.getInt("version");
                    Long actionId = rs.getObject("action_id", Long.class);
                    Limit limit = limits.computeIfAbsent(rs.getLong("account_id"),
                            id -> new Limit(version, new TreeSet<>()));
                    if (actionId != null) {
                        limit.actionIds().add(actionId);
                    }
                });
        return limits;
    }

    void insert(long organisationId, long accountId, Instant now) {
        jdbc.sql("insert into partner_access (organisation_id, account_id, created_at) values (?, ?, ?)")
                .params(organisationId, accountId, now.atOffset(ZoneOffset.UTC)).update();
    }

    /** Replaces the named actions if the limit is still at the version read; false when someone changed it since. */
    boolean name(long organisationId, long accountId, int version, Collection<Long> actionIds) {
        int changed = jdbc.sql("""
                update partner_access set version = version + 1
                where organisation_id = ? and account_id = ? and version = ?""")
                .params(organisationId, accountId, version).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from partner_action where organisation_id = ? and account_id = ?")
                .params(organisationId, accountId).update();
        if (!actionIds.isEmpty()) {
            jdbc.sql("""
                    insert into partner_action (organisation_id, account_id, action_id)
                    select :organisation, :account, a.id from action a
                    where a.organisation_id = :organisation and a.id in (:actions)""")
                    .param("organisation", organisationId).param("account", accountId).param("actions", actionIds)
                    .update();
        }
        return true;
    }

    /** Lifts the limit (its named actions go with it) if still at the version read. */
    boolean delete(long organisationId, long accountId, int version) {
        return jdbc.sql("delete from partner_access where organisation_id = ? and account_id = ? and version = ?")
                .params(organisationId, accountId, version).update() == 1;
    }
}
