package org.improvementtracker.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.support.audit.AuditEvent;
import org.improvementtracker.support.audit.AuditEvents;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores each change as it is published. The listener is synchronous on purpose (not after commit): the
 * entry is written in the transaction of the change, so it commits with it or rolls back with it, and a
 * change can never be kept without its entry. Who and from where are read from the request in hand.
 */
@Component
class AuditRecorder {

    private final Clock clock;
    private final JsonMapper json;
    private final AuditEntries entries;

    AuditRecorder(Clock clock, JsonMapper json, AuditEntries entries) {
        this.clock = clock;
        this.json = json;
        this.entries = entries;
    }

    @EventListener
    void on(AuditEvent change) {
        entries.insert(List.of(entry(change, clock.instant(), currentActor(), clientAddress())));
    }

    @EventListener
    void on(AuditEvents changes) {
        Instant now = clock.instant();
        Actor actor = currentActor();
        String address = clientAddress();
        entries.insert(changes.changes().stream().map(change -> entry(change, now, actor, address)).toList());
    }

    /** A sign-in of an account, or a failed one; not part of a change, so stored on its own. */
    void signIn(Long organisationId, Actor actor, AuditEvent attempt) {
        entries.insert(List.of(entry(attempt, organisationId, clock.instant(), actor, clientAddress())));
    }

    private NewEntry entry(AuditEvent change, Instant at, Actor actor, String address) {
        return entry(change, change.organisationId(), at, actor, address);
    }

    private NewEntry entry(AuditEvent change, Long organisationId, Instant at, Actor actor, String address) {
        return new NewEntry(organisationId, at, actor, address, change.subject(), change.action(),
                asJson(change.before()), asJson(change.after()));
    }

    private String asJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    /** The signed-in account (pages, HTTP Basic or an API token alike), or the application itself for jobs. */
    static Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return new Actor(user.accountId(), user.displayName());
        }
        return Actor.APPLICATION;
    }

    /**
     * The client's address as the server sees it: behind a trusted proxy, Tomcat has already replaced it
     * with the X-Forwarded-For address (server.forward-headers-strategy), so a client cannot forge it.
     */
    static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
