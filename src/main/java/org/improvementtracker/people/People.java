package org.improvementtracker.people;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.improvementtracker.support.Inserted;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
import org.improvementtracker.support.Updated;
import org.improvementtracker.support.audit.AuditAction;
import org.improvementtracker.support.audit.AuditEvent;
import org.improvementtracker.support.audit.AuditSubject;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation's people: every query is scoped to the caller's organisation. */
@Service
public class People {

    private static final RowMapper<Person> PERSON = (rs, n) -> new Person(rs.getLong("id"), rs.getString("name"),
            rs.getString("job_title"), rs.getString("email"), (Long) rs.getObject("account_id", Long.class),
            rs.getInt("version"));

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AuditTrail audit;

    People(JdbcClient jdbc, JdbcTemplate batch, AuditTrail audit) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
    }

    public List<Person> all(long organisationId) {
        return jdbc.sql("select * from person where organisation_id = ? order by lower(name), id")
                .param(organisationId).query(PERSON).list();
    }

    public Person get(long organisationId, long personId) {
        return find(organisationId, personId).orElseThrow(() -> new NotFoundException("Person", personId));
    }

    public Optional<Person> find(long organisationId, long personId) {
        return jdbc.sql("select * from person where organisation_id = ? and id = ?")
                .params(organisationId, personId).query(PERSON).optional();
    }

    /** The people linked to this account: whose actions are "my actions". */
    public List<Long> linkedTo(long organisationId, long accountId) {
        return jdbc.sql("select id from person where organisation_id = ? and account_id = ? order by id")
                .params(organisationId, accountId).query(Long.class).list();
    }

    /** Fails naming the field when a chosen person is not one of the organisation's people. */
    public void requireMembers(long organisationId, String field, Long... personIds) {
        List<Long> wanted = Arrays.stream(personIds).filter(id -> id != null).distinct().toList();
        if (wanted.isEmpty()) {
            return;
        }
        long found = jdbc.sql("select count(*) from person where organisation_id = :organisation and id in (:ids)")
                .param("organisation", organisationId).param("ids", wanted).query(Long.class).single();
        if (found != wanted.size()) {
            throw new InvalidInputException(field, "Choose a person from your organisation's list");
        }
    }

    /** The people not yet linked to any account: those a new member can be linked to. */
    public List<Person> unlinked(long organisationId) {
        return jdbc.sql("select * from person where organisation_id = ? and account_id is null order by lower(name), id")
                .param(organisationId).query(PERSON).list();
    }

    /**
     * Links a person to a member's account, so that the person's actions are that member's "my actions".
     * Only one of the organisation's people not linked to anyone yet can be chosen (else the field is named).
     */
    @Transactional
    public void linkToAccount(long organisationId, long personId, long accountId, String field) {
        Person before = find(organisationId, personId).filter(person -> person.accountId() == null)
                .orElseThrow(() -> new InvalidInputException(field,
                        "Choose a person from your organisation’s list who is not linked to anyone yet"));
        jdbc.sql("update person set account_id = ?, version = version + 1 where organisation_id = ? and id = ?")
                .params(accountId, organisationId, personId).update();
        Person after = get(organisationId, personId);
        audit.updated(organisationId, AuditSubject.of("Person", personId, after.name()), before, after);
    }

    /**
     * The people with these names (an imported plan's leads), found by name whatever the case and spacing, the
     * rest added in one batch and audited in one batch: three statements however many names.
     *
     * @return each name as given → its person's id
     */
    @Transactional
    public Map<String, Long> findOrAdd(long organisationId, Collection<String> names) {
        Map<String, Long> found = byComparableName(organisationId);
        Map<String, String> missing = new LinkedHashMap<>();
        names.stream().filter(name -> name != null && !name.isBlank())
                .filter(name -> !found.containsKey(comparable(name)))
                .forEach(name -> missing.putIfAbsent(comparable(name), name.strip().replaceAll("\\s+", " ")));
        if (!missing.isEmpty()) {
            batch.batchUpdate("insert into person (organisation_id, name) values (?, ?)", missing.values().stream()
                    .map(name -> new Object[] {organisationId, name}).toList());
            List<Person> all = all(organisationId);
            all.stream().filter(person -> missing.containsKey(comparable(person.name()))
                    && !found.containsKey(comparable(person.name())))
                    .forEach(person -> found.put(comparable(person.name()), person.id()));
            audit.all(all.stream().filter(person -> missing.containsKey(comparable(person.name())))
                    .map(person -> new AuditEvent(organisationId, subject(person), AuditAction.CREATE, null, person))
                    .toList());
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        names.stream().filter(name -> name != null && !name.isBlank())
                .forEach(name -> ids.put(name, found.get(comparable(name))));
        return ids;
    }

    private Map<String, Long> byComparableName(long organisationId) {
        Map<String, Long> ids = new HashMap<>();
        all(organisationId).forEach(person -> ids.putIfAbsent(comparable(person.name()), person.id()));
        return ids;
    }

    /** "Jo  Smith " and "jo smith" are one person: names compared without case or extra spaces. */
    private static String comparable(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Transactional
    public long add(long organisationId, PersonDetails details) {
        long personId = Inserted.id(jdbc.sql("insert into person (organisation_id, name, job_title, email) values (?, ?, ?, ?)")
                .params(organisationId, details.name(), details.jobTitle(), details.email()));
        Person created = get(organisationId, personId);
        audit.created(organisationId, subject(created), created);
        return personId;
    }

    @Transactional
    public void change(long organisationId, long personId, int version, PersonDetails details) {
        Person before = get(organisationId, personId);
        int rows = jdbc.sql("""
                update person set name = ?, job_title = ?, email = ?, version = version + 1
                where organisation_id = ? and id = ? and version = ?""")
                .params(details.name(), details.jobTitle(), details.email(), organisationId, personId, version)
                .update();
        Updated.exactlyOne(rows, "Person", personId, true);
        Person after = get(organisationId, personId);
        audit.updated(organisationId, subject(after), before, after);
    }

    private static AuditSubject subject(Person person) {
        return AuditSubject.of("Person", person.id(), person.name());
    }
}
