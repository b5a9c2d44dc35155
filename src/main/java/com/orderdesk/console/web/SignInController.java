package com.orderdesk.console.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page, the console's front door and the page shown when a role does not suffice. */
@Controller
@RequestMapping(ConsoleSecurityConfiguration.ROOT)
class SignInController {

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    @GetMapping({"", "/"})
    String home() {
        return "redirect:/console/orders";
    }

    @RequestMapping("/forbidden")
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "console/forbidden";
    }
}
