package org.improvementtracker.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    @GetMapping("/login")
    String signIn() {
        return "accounts/sign-in";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/plans";
    }
}
