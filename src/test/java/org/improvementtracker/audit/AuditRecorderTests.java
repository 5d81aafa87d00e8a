package org.improvementtracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.support.audit.AuditAction;
import org.improvementtracker.support.audit.AuditEvent;
import org.improvementtracker.support.audit.AuditSubject;
import org.improvementtracker.support.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** An entry commits with its change and rolls back with it: the trail never misses or invents a change. */
@DatabaseTest
@SpringBootTest
@Import(TestData.class)
class AuditRecorderTests {

    record Thing(String name, int count) {
    }

    @Autowired
    TestData testData;

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditEntries entries;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    Organisation organisation;

    @BeforeEach
    void organisation() {
        organisation = testData.organisation();
    }

    @Test
    void anEntryCommitsWithItsChangeWithBeforeAndAfterAsJson() {
        transaction.executeWithoutResult(status -> audit.updated(organisation.id(),
                AuditSubject.ofAction("Action", 7, "1.1 i)", 3, 7), new Thing("old", 1), new Thing("new", 2)));

        List<AuditEntry> found = all();
        assertThat(found).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(entry.subjectType()).isEqualTo("Action");
            assertThat(entry.subjectLabel()).isEqualTo("1.1 i)");
            assertThat(entry.planId()).isEqualTo(3);
            assertThat(entry.actionId()).isEqualTo(7);
            assertThat(entry.beforeJson()).isEqualTo("{\"name\":\"old\",\"count\":1}");
            assertThat(entry.afterJson()).isEqualTo("{\"name\":\"new\",\"count\":2}");
            assertThat(entry.who()).isEqualTo("The application");
        });
    }

    @Test
    void aChangeThatFailsAfterItsEventLeavesNoEntry() {
        long personBefore = people();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            long person = testData.person(organisation, "Rolled back");
            audit.created(organisation.id(), AuditSubject.of("Person", person, "Rolled back"), Map.of("name", "x"));
            throw new IllegalStateException("the change fails after its event");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(people()).isEqualTo(personBefore);
        assertThat(all()).as("the person's creation was recorded inside the change, so it went too")
                .extracting(AuditEntry::subjectLabel).doesNotContain("Rolled back");
    }

    @Test
    void aBatchOfChangesIsStoredTogether() {
        transaction.executeWithoutResult(status -> audit.all(List.of(
                new AuditEvent(organisation.id(), AuditSubject.of("Indicator value", 1, "May"), AuditAction.CREATE, null,
                        Map.of("value", 1)),
                new AuditEvent(organisation.id(), AuditSubject.of("Indicator value", 1, "June"), AuditAction.UPDATE,
                        Map.of("value", 1), Map.of("value", 2)))));

        assertThat(all()).extracting(AuditEntry::subjectLabel).containsExactly("June", "May");
    }

    @Test
    void nothingInTheApplicationCanRemoveAnEntryOnPostgres() {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.improvementtracker.TestDatabase.onPostgres(),
                "the trigger is PostgreSQL's");
        transaction.executeWithoutResult(status -> audit.deleted(organisation.id(), AuditSubject.of("Person", 1, "x"),
                Map.of("name", "x")));

        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where organisation_id = ?")
                .param(organisation.id()).update()).hasMessageContaining("cannot be changed or removed");
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor_name = 'someone else' where organisation_id = ?")
                .param(organisation.id()).update()).hasMessageContaining("cannot be changed or removed");
        assertThat(all()).hasSize(1);
    }

    private List<AuditEntry> all() {
        return entries.find(organisation.id(), new AuditQuery(null, null, null, null, null, null, null, null, 100));
    }

    private long people() {
        return jdbc.sql("select count(*) from person where organisation_id = ?").param(organisation.id())
                .query(Long.class).single();
    }
}
