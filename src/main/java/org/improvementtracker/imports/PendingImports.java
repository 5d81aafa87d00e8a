package org.improvementtracker.imports;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploaded files waiting to be committed, each the uploader's own within their organisation (anyone else's
 * id is not found). They last a day: older ones are neither found nor kept.
 */
@Repository
class PendingImports {

    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PendingImports(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    UUID insert(long organisationId, long accountId, String fileName, byte[] content, ColumnMapping mapping,
            Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into pending_import (id, organisation_id, account_id, file_name, content, mapping_json, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id.toString(), organisationId, accountId, fileName, content, json(mapping),
                        now.atOffset(ZoneOffset.UTC))
                .update();
        return id;
    }

    Optional<PendingImport> find(long organisationId, long accountId, UUID id, Instant now) {
        return jdbc.sql("""
                select id, file_name, content, mapping_json, created_at from pending_import
                where organisation_id = ? and account_id = ? and id = ? and created_at > ?""")
                .params(organisationId, accountId, id.toString(), now.minus(KEPT_FOR).atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new PendingImport(UUID.fromString(rs.getString("id")), rs.getString("file_name"),
                        rs.getBytes("content"), mapping(rs.getString("mapping_json")),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    void changeMapping(long organisationId, long accountId, UUID id, ColumnMapping mapping) {
        jdbc.sql("update pending_import set mapping_json = ? where organisation_id = ? and account_id = ? and id = ?")
                .params(json(mapping), organisationId, accountId, id.toString()).update();
    }

    /** Once committed, the file is not kept: committing it twice would import the plan twice. */
    void delete(long organisationId, UUID id) {
        jdbc.sql("delete from pending_import where organisation_id = ? and id = ?")
                .params(organisationId, id.toString()).update();
    }

    /** Everyone's uploads older than a day, committed or not. */
    void deleteExpired(Instant now) {
        jdbc.sql("delete from pending_import where created_at <= ?")
                .param(now.minus(KEPT_FOR).atOffset(ZoneOffset.UTC)).update();
    }

    private String json(ColumnMapping mapping) {
        return mapping == null ? null : json.writeValueAsString(mapping.keys());
    }

    private ColumnMapping mapping(String stored) {
        if (stored == null) {
            return null;
        }
        Map<String, String> keys = json.readValue(stored, new TypeReference<LinkedHashMap<String, String>>() {
        });
        return ColumnMapping.parse(keys);
    }
}
