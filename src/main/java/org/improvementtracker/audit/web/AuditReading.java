package org.improvementtracker.audit.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.improvementtracker.audit.AuditEntries;
import org.improvementtracker.audit.AuditEntry;
import org.improvementtracker.audit.AuditQuery;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** What the audit pages, exports and API share: dates read in the organisation's time zone, and paging. */
@Component
class AuditReading {

    /** One page of entries, and the cursor for the next (older) page when there is one. */
    record Page(List<AuditEntry> entries, Long olderBefore) {
    }

    private final Clock clock;
    private final JsonMapper json;
    private final AuditEntries entries;

    AuditReading(Clock clock, JsonMapper json, AuditEntries entries) {
        this.clock = clock;
        this.json = json;
        this.entries = entries;
    }

    ZoneId zone() {
        return clock.getZone();
    }

    /** From the start of the first day to the end of the last, both in the organisation's time zone. */
    AuditQuery query(Long planId, Long actionId, Long person, String type, String action, LocalDate from,
            LocalDate to, Long before, int limit) {
        return new AuditQuery(planId, actionId, person, type, action, startOf(from),
                to == null ? null : startOf(to.plusDays(1)), before, limit);
    }

    /** Reads one more than asked for, to know whether an older page exists without counting. */
    Page page(long organisationId, AuditQuery query) {
        AuditQuery onePlus = new AuditQuery(query.planId(), query.actionId(), query.actorAccountId(),
                query.subjectType(), query.action(), query.from(), query.to(), query.before(), query.limit() + 1);
        List<AuditEntry> found = entries.find(organisationId, onePlus);
        if (found.size() <= query.limit()) {
            return new Page(found, null);
        }
        List<AuditEntry> shown = found.subList(0, query.limit());
        return new Page(shown, shown.get(shown.size() - 1).id());
    }

    List<AuditEntryView> views(List<AuditEntry> found) {
        return found.stream().map(entry -> new AuditEntryView(entry, Changes.of(json, entry))).toList();
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }
}
