package org.improvementtracker.partners.web;

import java.util.List;

import org.improvementtracker.partners.Partner;

/** A contributor and the actions they are limited to; version is null while they are not limited. */
record PartnerJson(long accountId, String username, String name, boolean limited, Integer version,
        List<Long> actionIds) {

    static PartnerJson of(Partner partner) {
        return new PartnerJson(partner.accountId(), partner.username(), partner.displayName(), partner.limited(),
                partner.version(), List.copyOf(partner.actionIds()));
    }
}
