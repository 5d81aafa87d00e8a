package org.improvementtracker.reports.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.improvementtracker.support.Inserted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Inserts and reads published packs. There is deliberately no update or delete here: a published pack
 * is a record of what the board received.
 */
@Repository
class PublishedPackRepository {

    /** A pack's own row: its version among the period's packs is worked out when they are listed. */
    record PackRow(long id, long planId, long periodId, String planTitle, String periodLabel, PublishedOptions options,
            String publishedBy, Instant publishedAt) {
    }

    private static final String FILE_COLUMNS = "f.pack_id, f.format, f.media_type, f.file_name, f.size_bytes, f.sha256";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PublishedPackRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(long organisationId, PackRow pack, long publisherId) {
        return Inserted.id(jdbc.sql("""
                insert into published_pack (organisation_id, plan_id, period_id, plan_title, period_label, options_json,
                    published_by_account_id, published_by_name, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, pack.planId(), pack.periodId(), pack.planTitle(), pack.periodLabel(),
                        json.writeValueAsString(pack.options()), publisherId, pack.publishedBy(),
                        OffsetDateTime.ofInstant(pack.publishedAt(), ZoneOffset.UTC)));
    }

    void insert(long packId, StoredFile stored) {
        PublishedFile file = stored.file();
        jdbc.sql("""
                insert into published_file (pack_id, format, media_type, file_name, size_bytes, sha256, content)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(packId, file.format(), file.mediaType(), file.fileName(), file.size(), file.sha256(),
                        stored.content())
                .update();
    }

    /** Newest first. */
    List<PackRow> packs(long organisationId, long planId) {
        return jdbc.sql("select * from published_pack where organisation_id = ? and plan_id = ? order by id desc")
                .params(organisationId, planId).query(this::pack).list();
    }

    /** Every pack's files, by pack, in one statement, in the order of the formats. */
    Map<Long, List<PublishedFile>> files(long organisationId, long planId) {
        return jdbc.sql("select " + FILE_COLUMNS + " from published_file f join published_pack p on p.id = f.pack_id"
                        + " where p.organisation_id = ? and p.plan_id = ? order by f.pack_id, f.format")
                .params(organisationId, planId)
                .query((rs, n) -> Map.entry(rs.getLong("pack_id"), file(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    Optional<StoredFile> content(long organisationId, long planId, long packId, String format) {
        return jdbc.sql("select " + FILE_COLUMNS + ", f.content from published_file f"
                        + " join published_pack p on p.id = f.pack_id"
                        + " where p.organisation_id = ? and p.plan_id = ? and p.id = ? and f.format = ?")
                .params(organisationId, planId, packId, format)
                .query((rs, n) -> new StoredFile(file(rs), rs.getBytes("content"))).optional();
    }

    private PackRow pack(ResultSet rs, int row) throws SQLException {
        return new PackRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("period_id"), rs.getString("plan_title"),
                rs.getString("period_label"), json.readValue(rs.getString("options_json"), PublishedOptions.class),
                rs.getString("published_by_name"), rs.getObject("published_at", OffsetDateTime.class).toInstant());
    }

    private static PublishedFile file(ResultSet rs) throws SQLException {
        return new PublishedFile(rs.getString("format"), rs.getString("media_type"), rs.getString("file_name"),
                rs.getLong("size_bytes"), rs.getString("sha256"));
    }
}
