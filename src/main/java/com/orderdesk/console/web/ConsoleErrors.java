package com.orderdesk.console.web;

import com.orderdesk.shared.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A thing a console page names that does not exist (a provider slug, a method code, an export id)
 * is the console's 404 page with the module's message, not the REST API's problem JSON. A controller
 * with its own handler (the order pages) keeps it.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
class ConsoleErrors {

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound missing, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("message", missing.getMessage());
        return "console/not-found";
    }
}
