package org.improvementtracker.partners.web;

import java.util.List;

/**
 * PUT /api/partners/{accountId}/actions: the actions the contributor may see and update, replacing those
 * named before. Version is the limit's version as read, or absent for a contributor not yet limited.
 */
record PartnerActionsRequest(List<Long> actionIds, Integer version) {

    List<Long> named() {
        return actionIds == null ? List.of() : actionIds;
    }
}
