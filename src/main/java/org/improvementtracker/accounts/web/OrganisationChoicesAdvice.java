package org.improvementtracker.accounts.web;

import java.util.List;

import org.improvementtracker.accounts.Memberships;
import org.improvementtracker.accounts.OrganisationChoice;
import org.improvementtracker.accounts.SignedInUser;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * The organisations the header's switcher offers (shown only for more than one). Read only when a page
 * shows the header (lazily), so API answers and redirects cost no query.
 */
@ControllerAdvice(annotations = Controller.class)
class OrganisationChoicesAdvice {

    private final Memberships memberships;

    OrganisationChoicesAdvice(Memberships memberships) {
        this.memberships = memberships;
    }

    @ModelAttribute("organisationChoices")
    LazyContextVariable<List<OrganisationChoice>> organisationChoices(@AuthenticationPrincipal SignedInUser user) {
        if (user == null) {
            return null;
        }
        return new LazyContextVariable<>() {
            /** No switcher rather than a broken page: this also renders the error page shown when the database is down. */
            @Override
            protected List<OrganisationChoice> loadValue() {
                try {
                    return memberships.choices(user.accountId());
                } catch (DataAccessException unavailable) {
                    return List.of();
                }
            }
        };
    }
}
