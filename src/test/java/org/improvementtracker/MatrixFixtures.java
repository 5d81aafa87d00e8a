package org.improvementtracker;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.improvementtracker.AuthorisationMatrixTests.Who;
import org.improvementtracker.Routes.Route;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.accounts.ApiTokens;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.exports.OrganisationExport;
import org.improvementtracker.partners.PartnerAccess;
import org.improvementtracker.plans.PlanService;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.reporting.PeriodDetails;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.PeriodState;
import org.improvementtracker.reporting.UpdateDraft;
import org.improvementtracker.reporting.UpdateService;
import org.improvementtracker.reports.BoardPackOptions;
import org.improvementtracker.reports.publishing.PublishedPacks;
import org.improvementtracker.support.Inserted;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the authorisation matrix's requests act on: one organisation with an account per column (the
 * partner limited to named actions, the contributor leading the action), and plans with everything a
 * route can name, the reporting period in the state the route needs. Valid form fields and API bodies
 * for every route, so that a refusal can only come from the access check.
 */
final class MatrixFixtures {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private static final byte[] PLAN_CSV = "Action,Lead\nVisit every child,AD\nAudit the visits,SGU\n"
            .getBytes(StandardCharsets.UTF_8);

    private final TestData testData;
    private final PlanService plans;
    private final PeriodService periods;
    private final UpdateService updates;
    private final ApiTokens tokens;
    private final PartnerAccess partners;
    private final PublishedPacks published;
    private final JdbcClient jdbc;
    private final Clock clock;

    private final ApplicationContext context;
    private final Organisation organisation;
    private final Map<Who, SignedInUser> users = new EnumMap<>(Who.class);
    private final Map<Who, Long> notifications = new EnumMap<>(Who.class);
    private final long leadId;
    private final Map<PeriodState, Fixture> shared = new EnumMap<>(PeriodState.class);

    MatrixFixtures(ApplicationContext context) {
        this.context = context;
        this.testData = context.getBean(TestData.class);
        this.plans = context.getBean(PlanService.class);
        this.periods = context.getBean(PeriodService.class);
        this.updates = context.getBean(UpdateService.class);
        this.tokens = context.getBean(ApiTokens.class);
        this.partners = context.getBean(PartnerAccess.class);
        this.published = context.getBean(PublishedPacks.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.clock = context.getBean(Clock.class);
        UserDetailsService accounts = context.getBean(UserDetailsService.class);

        organisation = testData.organisation();
        long partnerId = contributorAccount("partner-" + organisation.id());
        partners.limit(organisation.id(), partnerId);
        for (Who who : Who.values()) {
            if (who == Who.PARTNER) {
                users.put(who, (SignedInUser) accounts.loadUserByUsername("partner-" + organisation.id()));
            } else if (who.role != null) {
                users.put(who, (SignedInUser) accounts.loadUserByUsername(organisation.username(who.role)));
            }
        }
        leadId = testData.person(organisation, "Leon Adeyemi");
        jdbc.sql("update person set account_id = ? where id = ?")
                .params(users.get(Who.CONTRIBUTOR).accountId(), leadId).update();
        users.forEach((who, user) -> notifications.put(who, notification(user)));
    }

    /** What one request acts on: the ids for the route's path, by who asks (API tokens are one's own). */
    final class Fixture {

        private final Map<String, Object> ids = new HashMap<>();
        private final Map<Who, Long> tokenIds = new EnumMap<>(Who.class);
        private final Map<Who, String> importIds = new EnumMap<>(Who.class);
        private final SmallPlan plan;
        private final long periodId;
        private final Long updateId;
        private final long secondActionId;
        private final String invitationSecret;
        private final String exportedDocument;

        /**
         * An organisation with members and nothing else, what a restore goes into, and its own export to restore.
         * The partner's limit is lifted and the lead removed with their messages (a restore brings people and partner
         * access with it), so the partner column asks as a contributor, whom administrators-only routes refuse alike.
         */
        Fixture() {
            for (String table : List.of("partner_access", "notification", "person")) {
                jdbc.sql("delete from " + table + " where organisation_id = ?").param(organisation.id()).update();
            }
            plan = null;
            periodId = 0;
            updateId = null;
            secondActionId = 0;
            ids.put("organisationId", organisation.id());
            invitationSecret = invitation();
            ByteArrayOutputStream document = new ByteArrayOutputStream();
            context.getBean(OrganisationExport.class).write(organisation.id(), document);
            exportedDocument = document.toString(StandardCharsets.UTF_8);
        }

        Fixture(PeriodState state) {
            plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
            long organisationId = organisation.id();
            jdbc.sql("update action set lead_person_id = ? where id = ?").params(leadId, plan.actionId()).update();
            jdbc.sql("insert into partner_action (organisation_id, account_id, action_id) values (?, ?, ?)")
                    .params(organisationId, users.get(Who.PARTNER).accountId(), plan.actionId()).update();
            secondActionId = testData.action(organisation, plan.planId(), plan.sectionId(), plan.outcomeId(),
                    "1.1 ii)", "Audit the MASH", "Dec 27");
            periodId = periods.create(organisationId, plan.planId(), new PeriodDetails("Month " + UNIQUE.incrementAndGet(),
                    today().minusDays(20), today().plusDays(5), today().plusDays(10)));
            updateId = moveTo(state);
            ids.put("planId", plan.planId());
            ids.put("sectionId", plan.sectionId());
            ids.put("outcomeId", plan.outcomeId());
            ids.put("actionId", plan.actionId());
            ids.put("measureId", plan.measureId());
            ids.put("termId", plans.addGlossaryTerm(organisationId, plan.planId(), "T" + UNIQUE.incrementAndGet(),
                    "A term"));
            ids.put("personId", testData.person(organisation, "Priya Shah"));
            ids.put("indicatorId", testData.indicator(organisation, plan.planId(), plan.sectionId(),
                    "I" + UNIQUE.incrementAndGet()));
            ids.put("periodId", periodId);
            ids.put("updateId", updateId == null ? 0 : updateId);
            ids.put("month", "2026-05");
            ids.put("format", "html");
            ids.put("organisationId", organisationId);
            if (state == PeriodState.CLOSED) {
                ids.put("packId", published.publish(users.get(Who.PLAN_OWNER), plan.planId(), periodId,
                        BoardPackOptions.defaults()).id());
            }
            long colleague = contributorAccount("colleague-" + UNIQUE.incrementAndGet());
            partners.limit(organisationId, colleague);
            ids.put("accountId", colleague);
            invitationSecret = invitation();
            exportedDocument = null;
        }

        /** Opens, reviews and closes the period as far as asked; an open period has a submitted update to moderate. */
        private Long moveTo(PeriodState state) {
            SignedInUser owner = users.get(Who.PLAN_OWNER);
            if (state == PeriodState.PLANNED) {
                return null;
            }
            periods.open(owner, plan.planId(), periodId, 0);
            Long submitted = updates.save(owner, plan.planId(), secondActionId, periodId, null,
                    new UpdateDraft(3, "On track", "Audits", true)).id();
            if (state.compareTo(PeriodState.IN_REVIEW) >= 0) {
                periods.review(owner, plan.planId(), periodId, period().version());
            }
            if (state == PeriodState.CLOSED) {
                periods.close(owner, plan.planId(), periodId, period().version());
            }
            return submitted;
        }

        /** The ids for the route's path; the API token is the asker's own (the administrator's for the signed out). */
        Map<String, Object> ids(Who who) {
            Map<String, Object> forWho = new HashMap<>(ids);
            SignedInUser owner = users.getOrDefault(who, users.get(Who.ADMINISTRATOR));
            forWho.put("tokenId", tokenIds.computeIfAbsent(who, asker -> tokens.create(owner, "Token", 30).id()));
            forWho.put("importId", importIds.computeIfAbsent(who, asker -> pendingImport(owner)));
            return forWho;
        }

        SignedInUser user(Who who) {
            return users.get(who);
        }

        /** Every field any form needs, valid; the version is the current one of what the route acts on. */
        Map<String, String> formFields(Route route, Who who) {
            int unique = UNIQUE.incrementAndGet();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", "Title " + unique);
            fields.put("number", "9");
            fields.put("text", "Text " + unique);
            fields.put("name", "Name " + unique);
            fields.put("reference", "R" + unique);
            fields.put("description", "Description " + unique);
            fields.put("sectionId", String.valueOf(plan.sectionId()));
            fields.put("abbreviation", "A" + unique);
            fields.put("meaning", "Meaning " + unique);
            fields.put("direction", "DOWN");
            fields.put("code", "C" + unique);
            fields.put("unit", "COUNT");
            fields.put("polarity", "HIGHER_IS_BETTER");
            fields.put("decimals", "0");
            fields.put("yearToDateRule", "SUM");
            fields.put("frequency", "MONTHLY");
            fields.put("label", "June " + unique);
            fields.put("startsOn", "1/6/2030");
            fields.put("endsOn", "30/6/2030");
            fields.put("deadline", "7/7/2030");
            fields.put("reason", "Because");
            fields.put("comment", "Please add the audit results");
            fields.put("rating", "3");
            fields.put("submit", "true");
            fields.put("days", "30");
            fields.put("email", "member" + unique + "@example.org");
            fields.put("token", invitationSecret);
            fields.put("password", "correct horse battery staple " + unique);
            fields.put("confirmation", "correct horse battery staple " + unique);
            fields.put("role", "VIEWER");
            fields.put("organisationId", String.valueOf(organisation.id()));
            fields.put("rating-" + plan.actionId(), "1");
            fields.put("shown-" + plan.actionId(), "");
            fields.put("version-" + plan.actionId(), "");
            fields.put("actionIds", String.valueOf(plan.actionId()));
            fields.put("notification", String.valueOf(notifications.getOrDefault(who, 0L)));
            fields.put("period", String.valueOf(periodId));
            fields.put("version", String.valueOf(version(route.target())));
            return fields;
        }

        /** The secret of a live invitation link, as its email would give it. */
        String invitationSecret() {
            return invitationSecret;
        }

        int version(String target) {
            if ("periodId".equals(target)) {
                return period().version();
            }
            if ("updateId".equals(target) && updateId != null) {
                return updates.update(organisation.id(), secondActionId, periodId).orElseThrow().version();
            }
            return 0;
        }

        private org.improvementtracker.reporting.Period period() {
            return periods.period(organisation.id(), plan.planId(), periodId);
        }
    }

    /**
     * The fixture a request acts on: its own when it may change something, else one shared with other
     * requests that change nothing. The period is in the state the route needs.
     */
    Fixture forRoute(Route route, boolean ownFixture) {
        if (route.pattern().endsWith("/restore")) {
            return new MatrixFixtures(context).new Fixture();
        }
        PeriodState state = periodStateFor(route);
        return ownFixture ? new Fixture(state) : shared.computeIfAbsent(state, Fixture::new);
    }

    /**
     * Opening needs a planned period, closing one in review, reopening and publishing a closed one (which has a
     * published pack to download); the rest an open one.
     */
    private static PeriodState periodStateFor(Route route) {
        String pattern = route.pattern();
        if (pattern.endsWith("/periods/{periodId}/open")) {
            return PeriodState.PLANNED;
        }
        if (pattern.endsWith("/periods/{periodId}/close")) {
            return PeriodState.IN_REVIEW;
        }
        if (pattern.endsWith("/periods/{periodId}/reopen") || pattern.contains("/published")) {
            return PeriodState.CLOSED;
        }
        return PeriodState.OPEN;
    }

    /** A valid JSON body for each API route that takes one. */
    static String apiBody(Route route, Fixture fixture) {
        int unique = UNIQUE.incrementAndGet();
        String pattern = route.pattern();
        if (pattern.endsWith("/restore")) {
            return fixture.exportedDocument;
        }
        if (pattern.equals("/api/plans")) {
            return """
                    {"title": "Plan %d", "status": "DRAFT", "ratingScale": "PROGRESS_5"}""".formatted(unique);
        }
        if (pattern.endsWith("/actions/{actionId}")) {
            return """
                    {"sectionId": %d, "reference": "R%d", "description": "Changed", "version": 0}"""
                    .formatted(fixture.plan.sectionId(), unique);
        }
        if (pattern.endsWith("/updates/{periodId}")) {
            return """
                    {"rating": 3, "text": "On track", "evidence": "Audits", "submit": true}""";
        }
        if (pattern.endsWith("/published")) {
            return """
                    {"period": %d}""".formatted(fixture.periodId);
        }
        if (pattern.endsWith("/periods")) {
            return """
                    {"label": "June %d", "startsOn": "2030-06-01", "endsOn": "2030-06-30", "deadline": "2030-07-07"}"""
                    .formatted(unique);
        }
        if (pattern.contains("/periods/{periodId}/")) {
            return """
                    {"version": %d, "reason": "Because"}""".formatted(fixture.version("periodId"));
        }
        if (pattern.endsWith("/indicators") || pattern.equals("/api/indicators/{indicatorId}")) {
            return """
                    {"sectionId": %d, "code": "C%d", "name": "Indicator %d", "unit": "COUNT",
                     "polarity": "HIGHER_IS_BETTER", "decimals": 0, "yearToDateRule": "SUM", "frequency": "MONTHLY",
                     "version": 0}""".formatted(fixture.plan.sectionId(), unique, unique);
        }
        if (pattern.endsWith("/summary/introduction")) {
            return """
                    {"text": "Introduction %d", "version": 0}""".formatted(unique);
        }
        if (pattern.endsWith("/values/{month}")) {
            return """
                    {"value": 5}""";
        }
        if (pattern.equals("/api/indicators/values")) {
            return "code,month,value\n";
        }
        if (pattern.equals("/api/members/invitations")) {
            return """
                    {"name": "Member %d", "email": "member%d@example.org", "role": "VIEWER"}""".formatted(unique, unique);
        }
        if (pattern.endsWith("/members/{accountId}/role")) {
            return """
                    {"role": "VIEWER", "version": 0}""";
        }
        if (pattern.endsWith("/partners/{accountId}/actions")) {
            return """
                    {"actionIds": [%d], "version": 0}""".formatted(fixture.plan.actionId());
        }
        return "{}";
    }

    /** A plan file as the API's upload sends it: a CSV of two actions. */
    static MockMultipartFile planFile() {
        return new MockMultipartFile("file", "plan.csv", "text/csv", PLAN_CSV);
    }

    /** An upload of {@link #planFile()} waiting to be committed, the uploader's own (as pending imports are). */
    private String pendingImport(SignedInUser uploader) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into pending_import (id, organisation_id, account_id, file_name, content, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, uploader.organisationId(), uploader.accountId(), "plan.csv", PLAN_CSV,
                        OffsetDateTime.now(clock))
                .update();
        return id;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Someone invited, with no password yet, and the link's secret (43 URL-safe characters, kept as SHA-256). */
    private String invitation() {
        int unique = UNIQUE.incrementAndGet();
        String secret = "%043d".formatted(unique);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long accountId = Inserted.id(jdbc.sql("""
                insert into account (organisation_id, username, display_name, email, created_at) values (?, ?, ?, ?, ?)""")
                .params(organisation.id(), "invited-" + unique, "Invited " + unique, "invited" + unique + "@example.org", now));
        jdbc.sql("""
                insert into membership (organisation_id, account_id, role, status, created_at) values (?, ?, 'VIEWER', 'INVITED', ?)""")
                .params(organisation.id(), accountId, now).update();
        jdbc.sql("""
                insert into invitation (organisation_id, account_id, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)""")
                .params(organisation.id(), accountId, sha256(secret), now, now.plusDays(7)).update();
        return secret;
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A contributor account that never signs in with a password here (requests carry the user). */
    private long contributorAccount(String username) {
        long accountId = Inserted.id(jdbc.sql("""
                insert into account (organisation_id, username, display_name, password_hash, created_at)
                values (?, ?, ?, 'not a password hash', ?)""")
                .params(organisation.id(), username, "Partner " + username, OffsetDateTime.now()));
        testData.member(organisation, accountId, Role.CONTRIBUTOR);
        return accountId;
    }

    private long notification(SignedInUser user) {
        return Inserted.id(jdbc.sql("""
                insert into notification (organisation_id, person_id, account_id, recipient_name, kind, subject, body,
                                          link, dedupe_key, created_at, email_status)
                values (?, ?, ?, ?, 'REMINDER', 'Reminder', 'Your update is due', '/my-actions', ?, ?, 'NOT_SENT_NO_SMTP')""")
                .params(organisation.id(), leadId, user.accountId(), user.displayName(),
                        "matrix-" + user.accountId(), OffsetDateTime.now()));
    }
}
