package org.improvementtracker.audit.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.audit.AuditEntries;
import org.improvementtracker.audit.AuditQuery;
import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.support.audit.AuditAction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail's pages: a plan's and an action's (plan owners and administrators), and the whole
 * organisation's with filters (administrators), each newest first, a page at a time, and as CSV.
 */
@Controller
class AuditPagesController {

    /** The kinds of thing the features record, as the filter offers them. */
    static final List<Choice> SUBJECT_TYPES = List.of("Plan", "Section", "Outcome", "Action", "Cross references",
            "Success measure", "Glossary term", "Reporting period", "Progress update", "Initial rating", "Indicator",
            "Indicator value", "Person", "Account", "Member", "Partner access", "API token").stream()
            .map(type -> new Choice(type, type)).toList();

    static final List<Choice> ACTIONS = Arrays.stream(AuditAction.values())
            .map(action -> new Choice(action.name(), action.label())).toList();

    record Choice(String id, String label) {
    }

    private final PlanReader plans;
    private final AuditEntries entries;
    private final AuditReading reading;

    AuditPagesController(PlanReader plans, AuditEntries entries, AuditReading reading) {
        this.plans = plans;
        this.entries = entries;
        this.reading = reading;
    }

    @PlanEditorsOnly
    @GetMapping("/plans/{planId}/audit")
    public String plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) Long before, Model model) {
        Plan plan = plans.plan(user.organisationId(), planId);
        model.addAttribute("plan", plan);
        model.addAttribute("heading", "Audit trail of " + plan.title());
        model.addAttribute("exportUrl", "/plans/" + planId + "/audit/export");
        return show(user, AuditQuery.ofPlan(planId, before, AuditQuery.PAGE), model);
    }

    @PlanEditorsOnly
    @GetMapping("/plans/{planId}/actions/{actionId}/audit")
    public String action(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long actionId, @RequestParam(required = false) Long before, Model model) {
        Plan plan = plans.plan(user.organisationId(), planId);
        Action action = plans.action(user.organisationId(), planId, actionId);
        model.addAttribute("plan", plan);
        model.addAttribute("action", action);
        model.addAttribute("heading", "Audit trail of action " + action.reference());
        model.addAttribute("exportUrl", "/plans/" + planId + "/actions/" + actionId + "/audit/export");
        return show(user, AuditQuery.ofAction(planId, actionId, before, AuditQuery.PAGE), model);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping("/audit")
    public String organisation(@AuthenticationPrincipal SignedInUser user,
            @ModelAttribute("filter") AuditFilterForm filter, BindingResult result, Model model) {
        checkDates(filter, result);
        model.addAttribute("heading", "Audit trail");
        model.addAttribute("people", entries.accounts(user.organisationId()));
        model.addAttribute("types", SUBJECT_TYPES);
        model.addAttribute("actions", ACTIONS);
        if (result.hasErrors()) {
            model.addAttribute("filterInvalid", true);
            model.addAttribute("entries", List.of());
            return "audit/list";
        }
        model.addAttribute("exportUrl", here("/audit/export").replaceQueryParam("before").toUriString());
        return show(user, query(filter, AuditQuery.PAGE), model);
    }

    @PlanEditorsOnly
    @GetMapping("/plans/{planId}/audit/export")
    public void exportPlan(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            HttpServletResponse response) throws IOException {
        plans.plan(user.organisationId(), planId);
        export(user, AuditQuery.ofPlan(planId, null, 0), "audit-plan-" + planId + ".csv", response);
    }

    @PlanEditorsOnly
    @GetMapping("/plans/{planId}/actions/{actionId}/audit/export")
    public void exportAction(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long actionId, HttpServletResponse response) throws IOException {
        plans.action(user.organisationId(), planId, actionId);
        export(user, AuditQuery.ofAction(planId, actionId, null, 0), "audit-action-" + actionId + ".csv", response);
    }

    /** The filtered list, all of it, streamed; a filter that cannot be read exports nothing rather than everything. */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping("/audit/export")
    public void exportOrganisation(@AuthenticationPrincipal SignedInUser user,
            @ModelAttribute("filter") AuditFilterForm filter, BindingResult result, HttpServletResponse response)
            throws IOException {
        checkDates(filter, result);
        if (result.hasErrors()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        export(user, query(filter, 0), "audit.csv", response);
    }

    private String show(SignedInUser user, AuditQuery query, Model model) {
        AuditReading.Page page = reading.page(user.organisationId(), query);
        model.addAttribute("entries", reading.views(page.entries()));
        if (page.olderBefore() != null) {
            model.addAttribute("olderUrl", here(null).replaceQueryParam("before", page.olderBefore()).toUriString());
        }
        if (query.before() != null) {
            model.addAttribute("newestUrl", here(null).replaceQueryParam("before").toUriString());
        }
        model.addAttribute("zone", reading.zone());
        return "audit/list";
    }

    /** This page's address with its filters, on another path when given: the paging and export links. */
    private static UriComponentsBuilder here(String path) {
        UriComponentsBuilder builder = ServletUriComponentsBuilder.fromCurrentRequest().scheme(null).host(null).port(null);
        return path == null ? builder : builder.replacePath(path);
    }

    private void export(SignedInUser user, AuditQuery query, String filename, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        try (AuditCsv csv = new AuditCsv(response.getWriter(), reading.zone())) {
            entries.forEach(user.organisationId(), query, csv::write);
        }
    }

    private AuditQuery query(AuditFilterForm filter, int limit) {
        return reading.query(null, null, filter.getPerson(), filter.getType(), filter.getAction(), filter.getFrom(),
                filter.getTo(), filter.getBefore(), limit);
    }

    private static void checkDates(AuditFilterForm filter, BindingResult result) {
        if (filter.getFrom() != null && filter.getTo() != null && filter.getTo().isBefore(filter.getFrom())) {
            result.rejectValue("to", "order", "The to date must be on or after the from date");
        }
    }
}
