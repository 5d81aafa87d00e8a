package org.improvementtracker.exports;

import static org.improvementtracker.exports.Column.optional;
import static org.improvementtracker.exports.Column.optionalReference;
import static org.improvementtracker.exports.Column.reference;
import static org.improvementtracker.exports.Column.required;
import static org.improvementtracker.exports.ColumnType.ACCOUNT;
import static org.improvementtracker.exports.ColumnType.BOOLEAN;
import static org.improvementtracker.exports.ColumnType.DATE;
import static org.improvementtracker.exports.ColumnType.DECIMAL;
import static org.improvementtracker.exports.ColumnType.INTEGER;
import static org.improvementtracker.exports.ColumnType.TEXT;
import static org.improvementtracker.exports.ColumnType.TIMESTAMP;

import java.util.List;
import java.util.Map;

/**
 * Every table of an organisation the document holds, in the order a restore inserts them (a table comes after
 * those it refers to), and every other table of the schema with the reason it is left out. A test reads the
 * schema and fails on a table in neither list, so a new table cannot be forgotten.
 */
final class OrganisationTables {

    /** The organisation's own row and its accounts are written apart: they are matched, not inserted blindly. */
    static final List<String> WRITTEN_APART = List.of("organisation", "account");

    static final ExportedTable MEMBERSHIPS = ExportedTable.plain("memberships", "membership",
            required("account_id", ACCOUNT), required("role", TEXT), required("status", TEXT),
            required("created_at", TIMESTAMP), optional("joined_at", TIMESTAMP), required("version", INTEGER))
            .from("membership t join account a on a.id = t.account_id", "t.organisation_id", "a.username");

    static final List<ExportedTable> TABLES = List.of(
            MEMBERSHIPS,
            ExportedTable.keyed("people", "person",
                    required("name", TEXT), optional("job_title", TEXT), optional("email", TEXT),
                    optional("account_id", ACCOUNT), required("version", INTEGER)),
            ExportedTable.keyed("plans", "plan",
                    required("title", TEXT), optional("version_label", TEXT), required("status", TEXT),
                    optional("starts_on", DATE), optional("ends_on", DATE), optional("vision", TEXT),
                    optional("governance", TEXT), required("rating_scale", TEXT), required("section_label", TEXT),
                    required("outcome_label", TEXT), optional("archived_at", TIMESTAMP),
                    required("created_at", TIMESTAMP), required("updated_at", TIMESTAMP), required("version", INTEGER)),
            ExportedTable.keyed("sections", "section",
                    reference("plan_id", "plans"), required("position", INTEGER), required("number", TEXT),
                    required("title", TEXT), optional("description", TEXT),
                    optionalReference("lead_person_id", "people"), optional("archived_at", TIMESTAMP),
                    required("version", INTEGER)),
            ExportedTable.keyed("outcomes", "outcome",
                    reference("plan_id", "plans"), reference("section_id", "sections"),
                    required("position", INTEGER), optional("number", TEXT), required("text", TEXT),
                    optional("source_tags", TEXT), optional("archived_at", TIMESTAMP), required("version", INTEGER)),
            ExportedTable.keyed("actions", "action",
                    reference("plan_id", "plans"), reference("section_id", "sections"),
                    optionalReference("outcome_id", "outcomes"), required("position", INTEGER),
                    required("reference", TEXT), required("description", TEXT),
                    optionalReference("lead_person_id", "people"), optionalReference("responsible_person_id", "people"),
                    optional("due_date", DATE), optional("timescale_text", TEXT), optional("archived_at", TIMESTAMP),
                    required("version", INTEGER)),
            ExportedTable.plain("crossReferences", "action_cross_reference",
                    reference("action_id", "actions"), reference("referenced_action_id", "actions"))
                    .from("action_cross_reference t join action owner on owner.id = t.action_id",
                            "owner.organisation_id", "t.action_id, t.referenced_action_id"),
            ExportedTable.plain("successMeasures", "success_measure",
                    reference("plan_id", "plans"), reference("action_id", "actions"), required("position", INTEGER),
                    required("text", TEXT), optional("target_value", DECIMAL), optional("target_unit", TEXT),
                    optional("target_date", DATE), optional("archived_at", TIMESTAMP), required("version", INTEGER)),
            ExportedTable.plain("glossary", "glossary_term",
                    reference("plan_id", "plans"), required("abbreviation", TEXT), required("meaning", TEXT),
                    required("version", INTEGER)),
            ExportedTable.keyed("periods", "reporting_period",
                    reference("plan_id", "plans"), required("label", TEXT), required("starts_on", DATE),
                    required("ends_on", DATE), required("deadline", DATE), required("state", TEXT),
                    optional("opened_at", TIMESTAMP), optional("closed_at", TIMESTAMP), required("version", INTEGER)),
            ExportedTable.plain("periodEvents", "period_event",
                    reference("period_id", "periods"), required("from_state", TEXT), required("to_state", TEXT),
                    optional("reason", TEXT), required("account_id", ACCOUNT), required("happened_at", TIMESTAMP)),
            ExportedTable.plain("initialRatings", "initial_rating",
                    reference("action_id", "actions"), reference("plan_id", "plans"), optional("rating", INTEGER),
                    required("recorded_by", ACCOUNT), required("recorded_at", TIMESTAMP), required("version", INTEGER))
                    .orderedBy("t.action_id"),
            ExportedTable.keyed("updates", "progress_update",
                    reference("plan_id", "plans"), reference("action_id", "actions"), reference("period_id", "periods"),
                    required("state", TEXT), optional("proposed_rating", INTEGER), optional("rating", INTEGER),
                    optional("override_reason", TEXT), optional("update_text", TEXT), optional("evidence", TEXT),
                    required("author_id", ACCOUNT), required("saved_at", TIMESTAMP), optional("submitted_at", TIMESTAMP),
                    optional("moderator_comment", TEXT), optional("moderator_id", ACCOUNT),
                    optional("moderated_at", TIMESTAMP), required("version", INTEGER)),
            ExportedTable.plain("updateEvents", "progress_update_event",
                    reference("update_id", "updates"), reference("action_id", "actions"),
                    reference("period_id", "periods"), required("kind", TEXT), required("state", TEXT),
                    optional("proposed_rating", INTEGER), optional("rating", INTEGER), optional("update_text", TEXT),
                    optional("evidence", TEXT), optional("comment", TEXT), required("account_id", ACCOUNT),
                    required("happened_at", TIMESTAMP)),
            ExportedTable.keyed("indicators", "indicator",
                    reference("plan_id", "plans"), optionalReference("section_id", "sections"), required("code", TEXT),
                    required("name", TEXT), optional("definition", TEXT), required("unit", TEXT),
                    required("polarity", TEXT), optional("range_lower", DECIMAL), optional("range_upper", DECIMAL),
                    required("decimals", INTEGER), required("ytd_rule", TEXT), required("frequency", TEXT),
                    optional("baseline_label", TEXT), optional("baseline_month", DATE),
                    optional("baseline_value", DECIMAL), optional("annual_target", DECIMAL),
                    required("tolerance", DECIMAL), optionalReference("data_owner_person_id", "people"),
                    optional("archived_at", TIMESTAMP), required("version", INTEGER)),
            ExportedTable.plain("benchmarks", "indicator_benchmark",
                    reference("indicator_id", "indicators"), required("year_label", TEXT), required("kind", TEXT),
                    required("figure", DECIMAL), optional("source_note", TEXT)),
            ExportedTable.plain("milestones", "indicator_milestone",
                    reference("indicator_id", "indicators"), required("due_on", DATE), required("target", DECIMAL)),
            ExportedTable.plain("monthlyTargets", "indicator_monthly_target",
                    reference("indicator_id", "indicators"), required("month_start", DATE),
                    required("target", DECIMAL)),
            ExportedTable.plain("indicatorActions", "indicator_action",
                    reference("indicator_id", "indicators"), reference("action_id", "actions"))
                    .orderedBy("t.indicator_id, t.action_id"),
            ExportedTable.plain("values", "indicator_value",
                    reference("indicator_id", "indicators"), required("month_start", DATE), optional("figure", DECIMAL),
                    optional("numerator", DECIMAL), optional("denominator", DECIMAL), optional("note", TEXT),
                    required("entered_by", ACCOUNT), required("entered_at", TIMESTAMP), required("version", INTEGER)),
            ExportedTable.plain("valueEvents", "indicator_value_event",
                    reference("indicator_id", "indicators"), required("month_start", DATE),
                    required("replaced", BOOLEAN), optional("before_figure", DECIMAL),
                    optional("before_numerator", DECIMAL), optional("before_denominator", DECIMAL),
                    optional("before_note", TEXT), optional("figure", DECIMAL), optional("numerator", DECIMAL),
                    optional("denominator", DECIMAL), optional("note", TEXT), required("account_id", ACCOUNT),
                    required("happened_at", TIMESTAMP)),
            ExportedTable.plain("partnerAccess", "partner_access",
                    required("account_id", ACCOUNT), required("created_at", TIMESTAMP), required("version", INTEGER))
                    .from("partner_access t join account a on a.id = t.account_id", "t.organisation_id", "a.username"),
            // A partner's name for an action has no foreign key (a removed draft's action may linger): only the
            // actions that still exist are written.
            ExportedTable.plain("partnerActions", "partner_action",
                    required("account_id", ACCOUNT), reference("action_id", "actions"))
                    .from("partner_action t join account a on a.id = t.account_id join action x on x.id = t.action_id"
                            + " and x.organisation_id = t.organisation_id", "t.organisation_id", "a.username, t.action_id"),
            ExportedTable.plain("reportIntroductions", "report_introduction",
                    reference("plan_id", "plans"), reference("period_id", "periods"), required("text", TEXT),
                    required("version", INTEGER), required("updated_by", ACCOUNT), required("updated_at", TIMESTAMP)));

    /** Tables the document does not hold, and why. */
    static final Map<String, String> LEFT_OUT = Map.ofEntries(
            Map.entry("audit_entry", "the trail names records by their ids in the database it was kept in; it stays"
                    + " there as that database's record, and the history users read (updates, values) is exported"),
            Map.entry("notification", "messages already delivered, keyed and linked by the old database's ids;"
                    + " restoring them would mark new messages as already sent"),
            Map.entry("published_pack", "board packs exactly as the board received them: files that name the old"
                    + " database's ids and can be large; download them from the old installation to keep them"),
            Map.entry("published_file", "the files of published packs, left out with them"),
            Map.entry("invitation", "one-time links (token hashes) must not work in another database; the invited"
                    + " are exported as accounts and memberships, and get a new invitation"),
            Map.entry("api_token", "secrets for scripts, which people create again in the new installation"),
            Map.entry("spring_session", "signed-in sessions"),
            Map.entry("spring_session_attributes", "signed-in sessions"),
            Map.entry("sign_in_failure", "a throttle's working memory, not the organisation's data"),
            Map.entry("sign_in_lockout", "a throttle's working memory, not the organisation's data"),
            Map.entry("shedlock", "locks of scheduled work"),
            Map.entry("pending_import", "uploads waiting a day at most for their uploader to confirm them; the plans"
                    + " they became are exported"),
            Map.entry("flyway_schema_history", "the schema's own history; the document carries its format version"));

    private OrganisationTables() {
    }

    static ExportedTable named(String field) {
        return TABLES.stream().filter(table -> table.field().equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No exported table " + field));
    }
}
