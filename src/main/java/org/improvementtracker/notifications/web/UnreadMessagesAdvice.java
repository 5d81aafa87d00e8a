package org.improvementtracker.notifications.web;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.notifications.Inbox;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * The menu's Messages link says how many are unread. Counted only when a page shows the menu (lazily),
 * so API answers and redirects cost no query.
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadMessagesAdvice {

    private final Inbox inbox;

    UnreadMessagesAdvice(Inbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("unreadMessages")
    LazyContextVariable<Long> unreadMessages(@AuthenticationPrincipal SignedInUser user) {
        if (user == null) {
            return null;
        }
        return new LazyContextVariable<>() {
            /** No count rather than a broken page: this also renders the error page shown when the database is down. */
            @Override
            protected Long loadValue() {
                try {
                    return inbox.unread(user);
                } catch (DataAccessException unavailable) {
                    return null;
                }
            }
        };
    }
}
