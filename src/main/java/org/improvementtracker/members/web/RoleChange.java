package org.improvementtracker.members.web;

import jakarta.validation.constraints.NotNull;

import org.improvementtracker.accounts.Role;

/** PUT /api/members/{accountId}/role, with the version of the membership the caller read. */
record RoleChange(
        @NotNull(message = "Choose a role: ADMINISTRATOR, PLAN_OWNER, CONTRIBUTOR or VIEWER") Role role,
        @NotNull(message = "Send the version you read, so that nobody else's change is overwritten") Integer version) {
}
