package org.improvementtracker.support.web;

import org.improvementtracker.support.ConflictException;
import org.improvementtracker.support.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Our own pages for the typed failures of page controllers; never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Authentication signedIn, Model model) {
        keepHeader(signedIn, model);
        return "error/404";
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ConflictException conflict, Authentication signedIn, Model model) {
        keepHeader(signedIn, model);
        model.addAttribute("what", conflict.what());
        model.addAttribute("current", conflict.current());
        return "error/409";
    }

    /** Exception handlers start with an empty model; the layout's header needs the signed-in user. */
    private static void keepHeader(Authentication signedIn, Model model) {
        if (signedIn != null) {
            model.addAttribute("signedIn", signedIn.getPrincipal());
        }
    }
}
