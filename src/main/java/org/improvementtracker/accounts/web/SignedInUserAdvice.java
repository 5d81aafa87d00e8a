package org.improvementtracker.accounts.web;

import org.improvementtracker.accounts.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header shows who is signed in, for which organisation, and what they may change. */
@ControllerAdvice(annotations = Controller.class)
class SignedInUserAdvice {

    @ModelAttribute("signedIn")
    SignedInUser signedIn(@AuthenticationPrincipal SignedInUser user) {
        return user;
    }
}
