package org.improvementtracker.accounts;

/** Whom an administrator invites, and with what role. The email address is also the new username. */
public record Invitee(String name, String email, Role role) {
}
