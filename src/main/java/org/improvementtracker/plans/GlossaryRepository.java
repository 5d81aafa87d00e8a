package org.improvementtracker.plans;

import java.util.List;
import java.util.Optional;

import org.improvementtracker.support.Inserted;
import org.improvementtracker.support.Updated;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GlossaryRepository {

    private static final RowMapper<GlossaryTerm> TERM = (rs, n) -> new GlossaryTerm(rs.getLong("id"),
            rs.getString("abbreviation"), rs.getString("meaning"), rs.getInt("version"));

    private final JdbcClient jdbc;

    GlossaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<GlossaryTerm> ofPlan(long organisationId, long planId) {
        return jdbc.sql("select * from glossary_term where organisation_id = ? and plan_id = ? order by upper(abbreviation)")
                .params(organisationId, planId).query(TERM).list();
    }

    Optional<GlossaryTerm> find(long organisationId, long planId, long termId) {
        return jdbc.sql("select * from glossary_term where organisation_id = ? and plan_id = ? and id = ?")
                .params(organisationId, planId, termId).query(TERM).optional();
    }

    boolean abbreviationTaken(long planId, String abbreviation, long exceptTermId) {
        return jdbc.sql("select count(*) from glossary_term where plan_id = ? and abbreviation = ? and id <> ?")
                .params(planId, abbreviation, exceptTermId).query(Long.class).single() > 0;
    }

    long insert(long organisationId, long planId, String abbreviation, String meaning) {
        return Inserted.id(jdbc.sql("insert into glossary_term (organisation_id, plan_id, abbreviation, meaning) values (?, ?, ?, ?)")
                .params(organisationId, planId, abbreviation, meaning));
    }

    void update(long organisationId, long planId, long termId, int version, String abbreviation, String meaning) {
        int rows = jdbc.sql("""
                update glossary_term set abbreviation = ?, meaning = ?, version = version + 1
                where organisation_id = ? and plan_id = ? and id = ? and version = ?""")
                .params(abbreviation, meaning, organisationId, planId, termId, version).update();
        Updated.exactlyOne(rows, "Glossary term", termId, find(organisationId, planId, termId).isPresent());
    }

    void delete(long organisationId, long planId, long termId, int version) {
        int rows = jdbc.sql("delete from glossary_term where organisation_id = ? and plan_id = ? and id = ? and version = ?")
                .params(organisationId, planId, termId, version).update();
        Updated.exactlyOne(rows, "Glossary term", termId, find(organisationId, planId, termId).isPresent());
    }
}
