package org.improvementtracker.exports;

import java.io.InputStream;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.improvementtracker.support.InvalidInputException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts an exported organisation back into an empty one (a fresh installation whose first administrator
 * restores), all or nothing: rows are inserted table by table in document order with JDBC batches, and each
 * keyed table's new ids, read back in one statement, are what later rows' keys refer to. Accounts are matched
 * by username: missing ones are created without a password, like invited accounts (they sign in with the
 * identity provider, or choose a password through an invitation link); existing ones take the document's name, email and last sign-in, so a second export is the same.
 */
@Service
public class OrganisationRestore {

    private static final int BATCH = 1000;
    private static final List<String> ACCOUNT_FIELDS = List.of("username", "displayName", "email", "enabled",
            "lastSignedInAt");

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public OrganisationRestore(DataSource dataSource, JsonMapper json, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param administratorId the restoring administrator, who must stay an active administrator
     * @throws InvalidInputException naming the field, when the organisation is not empty or the document is not
     *         one this installation reads; nothing is written
     */
    @Transactional
    public void restore(long organisationId, long administratorId, InputStream body) {
        refuseUnlessEmpty(organisationId);
        try (JsonParser parser = json.createParser(body)) {
            DocumentReader document = new DocumentReader(parser);
            document.startDocument();
            document.field("format");
            if (!ExportDocument.FORMAT.equals(document.string("format"))) {
                throw DocumentReader.problem("format", "Not an Improvement Tracker organisation export");
            }
            document.field("version");
            int version = document.integer("version");
            if (version != ExportDocument.VERSION) {
                throw DocumentReader.problem("version", "Version " + version
                        + " is not one this installation reads: it reads version " + ExportDocument.VERSION);
            }
            document.field("organisation");
            restoreOrganisation(organisationId, document.object("organisation"));
            document.field("accounts");
            Map<String, Long> accounts = restoreAccounts(organisationId, document);
            Map<String, long[]> keys = new HashMap<>();
            for (ExportedTable table : OrganisationTables.TABLES) {
                document.field(table.field());
                document.startArray(table.field());
                if (table == OrganisationTables.MEMBERSHIPS) {
                    restoreMemberships(organisationId, administratorId, document, accounts);
                } else {
                    restoreTable(organisationId, table, document, keys, accounts);
                }
            }
            document.endDocument();
        } catch (JacksonException notJson) {
            throw DocumentReader.problem("document", "Not well-formed JSON: " + notJson.getOriginalMessage()
                    + (notJson.getLocation() == null ? "" : " (line " + notJson.getLocation().getLineNr() + ")"));
        }
    }

    /** "Empty": nothing of the organisation's own yet, beyond its members. */
    private void refuseUnlessEmpty(long organisationId) {
        Long held = jdbc.queryForObject("""
                select (select count(*) from plan where organisation_id = ?) + (select count(*) from person where organisation_id = ?)
                     + (select count(*) from indicator where organisation_id = ?)
                     + (select count(*) from partner_access where organisation_id = ?)""",
                Long.class, organisationId, organisationId, organisationId, organisationId);
        if (held != null && held > 0) {
            throw DocumentReader.problem("organisation", "The organisation already holds plans, people, indicators or"
                    + " partner access: restore only into a new, empty organisation");
        }
    }

    private void restoreOrganisation(long organisationId, JsonNode organisation) {
        DocumentReader.hasFields(organisation, "organisation", List.of("name", "createdAt"));
        Object name = DocumentReader.value(organisation.get("name"), Column.required("name", ColumnType.TEXT),
                "organisation.name", Map.of(), Map.of());
        Object createdAt = DocumentReader.value(organisation.get("createdAt"),
                Column.required("created_at", ColumnType.TIMESTAMP), "organisation.createdAt", Map.of(), Map.of());
        try {
            jdbc.update("update organisation set name = ?, created_at = ? where id = ?", name, createdAt, organisationId);
        } catch (DuplicateKeyException taken) {
            throw DocumentReader.problem("organisation.name", "Another organisation here is already called " + name);
        }
    }

    private Map<String, Long> restoreAccounts(long organisationId, DocumentReader document) {
        document.startArray("accounts");
        List<Object[]> rows = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        for (JsonNode row = document.nextRow("accounts"); row != null; row = document.nextRow("accounts")) {
            String path = "accounts[" + rows.size() + "]";
            DocumentReader.hasFields(row, path, ACCOUNT_FIELDS);
            Object[] account = {
                    DocumentReader.value(row.get("username"), Column.required("username", ColumnType.TEXT),
                            path + ".username", Map.of(), Map.of()),
                    DocumentReader.value(row.get("displayName"), Column.required("display_name", ColumnType.TEXT),
                            path + ".displayName", Map.of(), Map.of()),
                    DocumentReader.value(row.get("email"), Column.optional("email", ColumnType.TEXT),
                            path + ".email", Map.of(), Map.of()),
                    DocumentReader.value(row.get("enabled"), Column.required("enabled", ColumnType.BOOLEAN),
                            path + ".enabled", Map.of(), Map.of()),
                    DocumentReader.value(row.get("lastSignedInAt"),
                            Column.optional("last_signed_in_at", ColumnType.TIMESTAMP), path + ".lastSignedInAt",
                            Map.of(), Map.of()) };
            if (!usernames.add((String) account[0])) {
                throw DocumentReader.problem(path + ".username", "Appears twice in accounts");
            }
            rows.add(account);
        }
        Map<String, Long> existing = accountIds(usernames);
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Object[] account : rows) {
            Long id = existing.get((String) account[0]);
            if (id == null) {
                inserts.add(new Object[] { organisationId, account[0], account[1], account[2], account[3], account[4], now });
            } else {
                updates.add(new Object[] { account[1], account[2], account[4], id });
            }
        }
        batch("accounts", "update account set display_name = ?, email = ?, last_signed_in_at = ? where id = ?", updates,
                new int[] { Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT });
        batch("accounts", """
                insert into account (organisation_id, username, display_name, email, enabled, last_signed_in_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""", inserts, new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.BOOLEAN, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE });
        return inserts.isEmpty() ? existing : accountIds(usernames);
    }

    private Map<String, Long> accountIds(Set<String> usernames) {
        Map<String, Long> ids = new HashMap<>();
        List<String> all = new ArrayList<>(usernames);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> some = all.subList(from, Math.min(all.size(), from + BATCH));
            jdbc.query("select id, username from account where username in ("
                    + some.stream().map(name -> "?").collect(Collectors.joining(", ")) + ")",
                    row -> {
                        ids.put(row.getString("username"), row.getLong("id"));
                    }, some.toArray());
        }
        return ids;
    }

    /**
     * The document's memberships replace those of the same accounts (the restoring administrator's included,
     * as long as they stay an active administrator); members the organisation already has and the document
     * does not name are kept.
     */
    private void restoreMemberships(long organisationId, long administratorId, DocumentReader document,
            Map<String, Long> accounts) {
        ExportedTable table = OrganisationTables.MEMBERSHIPS;
        Map<Long, Long> existing = new HashMap<>();
        jdbc.query("select id, account_id from membership where organisation_id = ?",
                row -> {
                    existing.put(row.getLong("account_id"), row.getLong("id"));
                }, organisationId);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int index = 0;
        for (JsonNode row = document.nextRow(table.field()); row != null; row = document.nextRow(table.field())) {
            String path = table.field() + "[" + index++ + "]";
            Object[] values = columnValues(table, row, path, Map.of(), accounts);
            long accountId = (Long) values[0];
            if (accountId == administratorId && !("ADMINISTRATOR".equals(values[1]) && "ACTIVE".equals(values[2]))) {
                throw DocumentReader.problem(path + ".role", "You would no longer be an active administrator");
            }
            Long membershipId = existing.get(accountId);
            if (membershipId == null) {
                inserts.add(withOrganisation(organisationId, values));
            } else {
                updates.add(new Object[] { values[1], values[2], values[3], values[4], values[5], membershipId });
            }
        }
        batch(table.field(), "update membership set role = ?, status = ?, created_at = ?, joined_at = ?, version = ? where id = ?",
                updates, new int[] { Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
                        Types.TIMESTAMP_WITH_TIMEZONE, Types.INTEGER, Types.BIGINT });
        batch(table.field(), table.insert(), inserts, sqlTypes(table));
    }

    private void restoreTable(long organisationId, ExportedTable table, DocumentReader document,
            Map<String, long[]> keys, Map<String, Long> accounts) {
        List<Object[]> rows = new ArrayList<>(BATCH);
        int[] types = sqlTypes(table);
        int index = 0;
        for (JsonNode row = document.nextRow(table.field()); row != null; row = document.nextRow(table.field())) {
            String path = table.field() + "[" + index + "]";
            if (table.keyed()) {
                JsonNode key = row.get("key");
                if (key == null || !key.isIntegralNumber() || key.longValue() != index + 1) {
                    throw DocumentReader.problem(path + ".key", "Must be " + (index + 1)
                            + ": rows are numbered from 1 in the order they come");
                }
            }
            Object[] values = columnValues(table, row, path, keys, accounts);
            rows.add(table.hasOrganisationColumn() ? withOrganisation(organisationId, values) : values);
            index++;
            if (rows.size() == BATCH) {
                batch(table.field(), table.insert(), rows, types);
                rows.clear();
            }
        }
        batch(table.field(), table.insert(), rows, types);
        if (table.keyed()) {
            long[] ids = jdbc.queryForList(table.insertedIds(), Long.class, organisationId).stream()
                    .mapToLong(Long::longValue).toArray();
            if (ids.length != index) {
                throw new IllegalStateException(table.table() + " held " + (ids.length - index) + " rows before the restore");
            }
            keys.put(table.field(), ids);
        }
    }

    private static Object[] columnValues(ExportedTable table, JsonNode row, String path, Map<String, long[]> keys,
            Map<String, Long> accounts) {
        List<String> fields = new ArrayList<>();
        if (table.keyed()) {
            fields.add("key");
        }
        table.columns().forEach(column -> fields.add(column.field()));
        DocumentReader.hasFields(row, path, fields);
        Object[] values = new Object[table.columns().size()];
        for (int i = 0; i < values.length; i++) {
            Column column = table.columns().get(i);
            values[i] = DocumentReader.value(row.get(column.field()), column, path + "." + column.field(), keys, accounts);
        }
        return values;
    }

    private static Object[] withOrganisation(long organisationId, Object[] values) {
        Object[] row = new Object[values.length + 1];
        row[0] = organisationId;
        System.arraycopy(values, 0, row, 1, values.length);
        return row;
    }

    private static int[] sqlTypes(ExportedTable table) {
        List<Integer> types = new ArrayList<>();
        if (table.hasOrganisationColumn()) {
            types.add(Types.BIGINT);
        }
        for (Column column : table.columns()) {
            types.add(sqlType(column.type()));
        }
        return types.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int sqlType(ColumnType type) {
        switch (type) {
            case TEXT:
                return Types.VARCHAR;
            case INTEGER:
                return Types.INTEGER;
            case BOOLEAN:
                return Types.BOOLEAN;
            case DATE:
                return Types.DATE;
            case TIMESTAMP:
                return Types.TIMESTAMP_WITH_TIMEZONE;
            case DECIMAL:
                return Types.NUMERIC;
            default:
                return Types.BIGINT;
        }
    }

    /** A row the database refuses (a duplicate, text too long for its column) is named by its table. */
    private void batch(String field, String sql, List<Object[]> rows, int[] types) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            jdbc.batchUpdate(sql, rows, types);
        } catch (DataAccessException refused) {
            throw DocumentReader.problem(field, "The database refused a row of " + field
                    + ": a duplicate, or a value too long or not allowed for its column");
        }
    }
}
