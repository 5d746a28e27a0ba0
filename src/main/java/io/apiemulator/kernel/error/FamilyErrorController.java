package io.apiemulator.kernel.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's whitelabel {@code /error}: errors raised outside Spring MVC (servlet container,
 * filters) still reach the client in the owning family's envelope, and never with a stack trace.
 */
@RestController
public class FamilyErrorController implements ErrorController {

    private final ApiFamilies errors;

    public FamilyErrorController(ApiFamilies errors) {
        this.errors = errors;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        String path = uri == null ? ApiFamilies.pathOf(request) : uri.toString();
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return errors.error(path, status, status.getReasonPhrase());
    }
}
