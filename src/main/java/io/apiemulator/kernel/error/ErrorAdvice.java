package io.apiemulator.kernel.error;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.apiemulator.kernel.state.InvalidSeedException;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place errors raised in Spring MVC become responses: the families' {@link ApiException}s and the
 * framework's failures (no such path, wrong method, unreadable body, ...), each rendered by the family that
 * owns the path.
 */
@RestControllerAdvice
public class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final ApiFamilies errors;

    public ErrorAdvice(ApiFamilies errors) {
        this.errors = errors;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> apiError(ApiException e, HttpServletRequest request) {
        return errors.error(request, e);
    }

    @ExceptionHandler(InvalidSeedException.class)
    ResponseEntity<Object> invalidSeed(InvalidSeedException e, HttpServletRequest request) {
        return errors.error(ApiFamilies.pathOf(request), HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A unique key hit despite the locks (e.g. a row written outside the API): a conflict, not a crash. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> constraint(HttpServletRequest request) {
        return errors.error(ApiFamilies.pathOf(request), HttpStatus.CONFLICT,
                "The request conflicts with the current state of the resource");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Object> noSuchPath(HttpServletRequest request) {
        return errors.error(ApiFamilies.pathOf(request), HttpStatus.NOT_FOUND, "Not Found");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return errors.error(ApiFamilies.pathOf(request), HttpStatus.METHOD_NOT_ALLOWED,
                "Method " + e.getMethod() + " is not allowed here");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> wrongContentType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return errors.error(ApiFamilies.pathOf(request), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type " + e.getContentType() + " is not supported");
    }

    /** A Content-Type Spring cannot even parse, or a wildcard such as {@code *}{@code /*}: still the client's fault. */
    @ExceptionHandler({HttpMediaTypeException.class, InvalidMediaTypeException.class})
    ResponseEntity<Object> unusableContentType(HttpServletRequest request) {
        return errors.error(ApiFamilies.pathOf(request), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type " + request.getContentType() + " is not supported");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Object> notAcceptable(HttpServletRequest request) {
        return errors.error(ApiFamilies.pathOf(request), HttpStatus.NOT_ACCEPTABLE, "Not Acceptable");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return errors.invalid(request, List.of(Violations.of(e)));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Object> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        return errors.invalid(request, Violations.of(e.getBindingResult()));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Object> invalidArguments(HandlerMethodValidationException e, HttpServletRequest request) {
        List<Violation> violations = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new Violation(
                        List.of("query", String.valueOf(r.getMethodParameter().getParameterName())),
                        err.getDefaultMessage(), "value_error", r.getArgument())))
                .toList();
        return errors.invalid(request, violations);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> wrongType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return errors.invalid(request, List.of(new Violation(List.of("query", e.getName()),
                "Input should be a valid " + (e.getRequiredType() == null ? "value"
                        : e.getRequiredType().getSimpleName().toLowerCase()),
                "type_error", e.getValue())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Object> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return errors.invalid(request, List.of(Violation.missing("query", e.getParameterName())));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Object> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return errors.invalid(request, List.of(Violation.missing("header", e.getHeaderName())));
    }

    /** A query string whose percent-escapes do not decode as UTF-8 (e.g. {@code ?cursor=%FF}): bad input, not a crash. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> undecodableQuery(HttpServletRequest request) {
        return errors.invalid(request, List.of(new Violation(List.of("query"),
                "The query string is not valid UTF-8 percent-encoding", "value_error", request.getQueryString())));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> tooLarge(HttpServletRequest request) {
        return errors.error(ApiFamilies.pathOf(request), HttpStatus.CONTENT_TOO_LARGE, "Request body is too large");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unhandled error on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString(), e);
        return errors.error(ApiFamilies.pathOf(request), HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred");
    }
}
