package org.improvementtracker.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the organisation's audit trail, from the query string, so a filtered list can be
 * bookmarked, shared and exported. Every field is optional.
 */
public class AuditFilterForm {

    private Long person;
    private String type;
    private String action;
    @DateTimeFormat(pattern = "d/M/yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate from;
    @DateTimeFormat(pattern = "d/M/yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate to;
    private Long before;

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = blankToNull(type);
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = blankToNull(action);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getBefore() {
        return before;
    }

    public void setBefore(Long before) {
        this.before = before;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
