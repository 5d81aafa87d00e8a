package org.improvementtracker.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Creates the first organisation and its administrator on a new production database. Set all three
 * through the environment (IMPROVEMENT_TRACKER_FIRST_ADMINISTRATOR_ORGANISATION, ..._USERNAME,
 * ..._PASSWORD), start once, sign in, then remove them; nothing happens when the username exists.
 *
 * @param organisation the local authority's name, e.g. "Example Borough Council"
 * @param username the administrator's username
 * @param password the administrator's first password (never committed; from the environment only)
 */
@ConfigurationProperties("improvement-tracker.first-administrator")
public record FirstAdministratorProperties(String organisation, String username, String password) {

    boolean configured() {
        return present(organisation) && present(username) && present(password);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
