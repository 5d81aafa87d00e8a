package org.improvementtracker.accounts;

/**
 * What the invitation page shows the person who followed a live link.
 *
 * @param hasPassword they chose a password through another invitation meanwhile: they accept by signing in
 */
public record InvitationToAccept(String organisationName, String name, String username, boolean hasPassword) {
}
