package org.improvementtracker.exports;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.improvementtracker.support.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole organisation as one JSON document (architecture.md, "Export and restore"), streamed as it is read:
 * one statement per table, rows in a fixed order, fields in a fixed order, no database ids. Exporting the same
 * data twice, or after a restore, gives the same bytes.
 */
@Service
public class OrganisationExport {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public OrganisationExport(DataSource dataSource, JsonMapper json) {
        this.jdbc = new JdbcTemplate(dataSource);
        // PostgreSQL otherwise reads a whole table into memory before the first row is written.
        this.jdbc.setFetchSize(1000);
        this.json = json;
    }

    /** One snapshot of the organisation, so that an update saved meanwhile is in the document whole or not at all. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void write(long organisationId, OutputStream out) {
        try (JsonGenerator document = json.createGenerator(out)) {
            document.writeStartObject();
            document.writeStringProperty("format", ExportDocument.FORMAT);
            document.writeNumberProperty("version", ExportDocument.VERSION);
            writeOrganisation(organisationId, document);
            Map<Long, String> usernames = writeAccounts(organisationId, document);
            Map<String, Map<Long, Integer>> keys = new HashMap<>();
            for (ExportedTable table : OrganisationTables.TABLES) {
                writeTable(organisationId, table, document, usernames, keys);
            }
            document.writeEndObject();
        }
    }

    private void writeOrganisation(long organisationId, JsonGenerator document) {
        List<Boolean> found = jdbc.query("select name, created_at from organisation where id = ?", (row, number) -> {
            document.writeName("organisation");
            document.writeStartObject();
            document.writeStringProperty("name", row.getString("name"));
            document.writeStringProperty("createdAt",
                    ExportDocument.timestamp(row.getObject("created_at", OffsetDateTime.class)));
            document.writeEndObject();
            return true;
        }, organisationId);
        if (found.isEmpty()) {
            throw new NotFoundException("Organisation", organisationId);
        }
    }

    /**
     * The accounts of the members and of everyone a row names (an update's author who has since left), by
     * username: accounts are matched by username on restore, so their ids never enter the document.
     */
    private Map<Long, String> writeAccounts(long organisationId, JsonGenerator document) {
        List<String> namedIn = new ArrayList<>();
        for (ExportedTable table : OrganisationTables.TABLES) {
            for (Column column : table.columns()) {
                if (column.type() == ColumnType.ACCOUNT) {
                    namedIn.add("select " + column.name() + " from " + table.table() + " where organisation_id = ?");
                }
            }
        }
        Map<Long, String> usernames = new HashMap<>();
        document.writeName("accounts");
        document.writeStartArray();
        jdbc.query("select id, username, display_name, email, enabled, last_signed_in_at from account where id in ("
                + String.join(" union ", namedIn) + ") order by username", row -> {
                    usernames.put(row.getLong("id"), row.getString("username"));
                    document.writeStartObject();
                    document.writeStringProperty("username", row.getString("username"));
                    document.writeStringProperty("displayName", row.getString("display_name"));
                    document.writeStringProperty("email", row.getString("email"));
                    document.writeBooleanProperty("enabled", row.getBoolean("enabled"));
                    OffsetDateTime lastSignedIn = row.getObject("last_signed_in_at", OffsetDateTime.class);
                    document.writeStringProperty("lastSignedInAt",
                            lastSignedIn == null ? null : ExportDocument.timestamp(lastSignedIn));
                    document.writeEndObject();
                }, namedIn.stream().map(statement -> organisationId).toArray());
        document.writeEndArray();
        return usernames;
    }

    private void writeTable(long organisationId, ExportedTable table, JsonGenerator document,
            Map<Long, String> usernames, Map<String, Map<Long, Integer>> keys) {
        Map<Long, Integer> ownKeys = new HashMap<>();
        document.writeName(table.field());
        document.writeStartArray();
        jdbc.query(table.select(), row -> {
            document.writeStartObject();
            int index = 1;
            if (table.keyed()) {
                int key = ownKeys.size() + 1;
                ownKeys.put(row.getLong(index++), key);
                document.writeNumberProperty("key", key);
            }
            for (Column column : table.columns()) {
                document.writeName(column.field());
                writeValue(document, column, row, index++, usernames, keys);
            }
            document.writeEndObject();
        }, organisationId);
        document.writeEndArray();
        if (table.keyed()) {
            keys.put(table.field(), ownKeys);
        }
    }

    private static void writeValue(JsonGenerator document, Column column, ResultSet row, int index,
            Map<Long, String> usernames, Map<String, Map<Long, Integer>> keys) throws SQLException {
        switch (column.type()) {
            case TEXT -> document.writeString(row.getString(index));
            case INTEGER -> {
                int value = row.getInt(index);
                if (row.wasNull()) {
                    document.writeNull();
                } else {
                    document.writeNumber(value);
                }
            }
            case BOOLEAN -> {
                boolean value = row.getBoolean(index);
                if (row.wasNull()) {
                    document.writeNull();
                } else {
                    document.writeBoolean(value);
                }
            }
            case DATE -> {
                LocalDate value = row.getObject(index, LocalDate.class);
                document.writeString(value == null ? null : value.toString());
            }
            case TIMESTAMP -> {
                OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
                document.writeString(value == null ? null : ExportDocument.timestamp(value));
            }
            case DECIMAL -> {
                BigDecimal value = row.getBigDecimal(index);
                document.writeString(value == null ? null : ExportDocument.decimal(value));
            }
            case REFERENCE -> {
                long id = row.getLong(index);
                if (row.wasNull()) {
                    document.writeNull();
                } else {
                    document.writeNumber(keyOf(keys.get(column.target()), id, column));
                }
            }
            case ACCOUNT -> {
                long id = row.getLong(index);
                document.writeString(row.wasNull() ? null : usernames.get(id));
            }
        }
    }

    private static int keyOf(Map<Long, Integer> keys, long id, Column column) {
        Integer key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException(column.name() + " " + id + " is not in the organisation's " + column.target());
        }
        return key;
    }
}
