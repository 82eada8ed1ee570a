package org.hotline.console.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hotline.console.security.WeakPasswordException;
import org.hotline.knowledge.ImportRejectedException;
import org.hotline.knowledge.InvalidKbEntryException;
import org.hotline.knowledge.KbEntryNotFoundException;
import org.hotline.workflow.ActionNotPermittedException;
import org.hotline.workflow.InvalidTicketException;
import org.hotline.workflow.InvalidTransitionException;
import org.hotline.workflow.TicketNotFoundException;
import org.hotline.workflow.UnknownReferenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the API into {@code application/problem+json} with a {@code code}. Expected failures are
 * logged without a stack trace; only the unexpected ones carry one.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(TicketNotFoundException.class)
    ProblemDetail notFound(TicketNotFoundException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "ticket-not-found", e.getMessage());
    }

    @ExceptionHandler(InvalidTransitionException.class)
    ProblemDetail invalidTransition(InvalidTransitionException e) {
        return ApiProblems.problem(HttpStatus.CONFLICT, "invalid-transition", e.getMessage());
    }

    @ExceptionHandler(ActionNotPermittedException.class)
    ProblemDetail notPermitted(ActionNotPermittedException e) {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    }

    @ExceptionHandler(InvalidTicketException.class)
    ProblemDetail invalidTicket(InvalidTicketException e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage(), e.fieldErrors());
    }

    @ExceptionHandler(UnknownReferenceException.class)
    ProblemDetail unknownReference(UnknownReferenceException e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, "unknown-reference", e.getMessage());
    }

    @ExceptionHandler(KbEntryNotFoundException.class)
    ProblemDetail kbEntryNotFound(KbEntryNotFoundException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "kb-entry-not-found", e.getMessage());
    }

    @ExceptionHandler(InvalidKbEntryException.class)
    ProblemDetail invalidKbEntry(InvalidKbEntryException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage());
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail importRejected(ImportRejectedException e) {
        return e.tooLarge()
            ? ApiProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", e.getMessage())
            : ApiProblems.problem(HttpStatus.BAD_REQUEST, "import-rejected", e.getMessage());
    }

    @ExceptionHandler(WeakPasswordException.class)
    ProblemDetail weakPassword(WeakPasswordException e) {
        return ApiProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "weak-password", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, "forbidden", "Your role may not do this.");
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return ApiProblems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Log in to use this endpoint.");
    }

    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail responseStatus(ResponseStatusException e) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        String code = status.getReasonPhrase().toLowerCase().replace(' ', '-');
        return ApiProblems.problem(status, code, e.getReason() != null ? e.getReason() : status.getReasonPhrase());
    }

    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> busy(PessimisticLockingFailureException e) {
        // The transaction was rolled back whole, so the client may simply send the same request again.
        log.info("request lost a database lock conflict and was rolled back: {}", e.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
            .body(ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "busy-retry",
                "A concurrent change got in the way; nothing was changed. Please retry."));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected API failure", e);
        return ApiProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
            "Something went wrong on our side; nothing was changed.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors()
            .forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
        return ResponseEntity.badRequest()
            .body(ApiProblems.problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            HttpStatus status = HttpStatus.resolve(statusCode.value());
            String code = status == null ? "error" : status.getReasonPhrase().toLowerCase().replace(' ', '-');
            problem.setProperty("code", code);
        }
        return super.handleExceptionInternal(e, body, headers, statusCode, request);
    }
}
