package org.improvementtracker.accounts.web;

import jakarta.servlet.http.HttpServletRequest;

import org.improvementtracker.accounts.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header shows who is signed in, for which organisation, what they may change, and where they are. */
@ControllerAdvice(annotations = Controller.class)
class SignedInUserAdvice {

    @ModelAttribute("signedIn")
    SignedInUser signedIn(@AuthenticationPrincipal SignedInUser user) {
        return user;
    }

    /** Lets the menu mark the page the user is on. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
