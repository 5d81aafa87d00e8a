package org.improvementtracker.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.audit.AuditEntries;
import org.improvementtracker.audit.AuditQuery;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.support.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail as JSON, newest first. Paging: {@code limit} entries (50 unless asked, at most 500);
 * for the next page pass the last entry's id as {@code before}.
 */
@RestController
class AuditApiController {

    private final PlanReader plans;
    private final AuditEntries entries;
    private final AuditReading reading;
    private final JsonMapper json;

    AuditApiController(PlanReader plans, AuditEntries entries, AuditReading reading, JsonMapper json) {
        this.plans = plans;
        this.entries = entries;
        this.reading = reading;
        this.json = json;
    }

    @PlanEditorsOnly
    @GetMapping("/api/plans/{planId}/audit")
    public List<AuditEntryJson> plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) Long before, @RequestParam(required = false) Integer limit) {
        plans.plan(user.organisationId(), planId);
        return found(user, AuditQuery.ofPlan(planId, before, limit(limit)));
    }

    /** @param person an account id: that person's changes and sign-ins; from and to are days, both included */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping("/api/audit")
    public List<AuditEntryJson> organisation(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) Long person, @RequestParam(required = false) String type,
            @RequestParam(required = false) String action, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Long before,
            @RequestParam(required = false) Integer limit) {
        LocalDate fromDay = day("from", from);
        LocalDate toDay = day("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new InvalidInputException("to", "The to date must be on or after the from date");
        }
        return found(user, reading.query(null, null, person, blankToNull(type), blankToNull(action), fromDay, toDay,
                before, limit(limit)));
    }

    private List<AuditEntryJson> found(SignedInUser user, AuditQuery query) {
        return entries.find(user.organisationId(), query).stream().map(entry -> AuditEntryJson.of(json, entry)).toList();
    }

    private static int limit(Integer asked) {
        if (asked == null) {
            return AuditQuery.PAGE;
        }
        if (asked < 1 || asked > AuditQuery.MAX_LIMIT) {
            throw new InvalidInputException("limit", "Ask for 1 to " + AuditQuery.MAX_LIMIT + " entries");
        }
        return asked;
    }

    private static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidInputException(field, "Give the " + field + " date as YYYY-MM-DD, for example 2026-05-01");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
