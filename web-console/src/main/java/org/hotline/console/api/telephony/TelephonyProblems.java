package org.hotline.console.api.telephony;

import org.hotline.console.api.ApiProblems;
import org.hotline.telephony.CallbackNotDialledException;
import org.hotline.telephony.CallbackNotOpenException;
import org.hotline.telephony.TelephonyActionFailedException;
import org.hotline.telephony.TelephonyUnavailableException;
import org.hotline.telephony.UnknownAgentException;
import org.hotline.telephony.UnknownCallException;
import org.hotline.telephony.UnknownCallbackException;
import org.hotline.telephony.UnknownDepartmentException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.validation.ConstraintViolationException;

/**
 * Maps the telephony API's exceptions to {@code application/problem+json} for the telephony controllers. Ordered
 * before the application-wide handler, whose catch-all would otherwise answer these expected failures with 500.
 */
@RestControllerAdvice(basePackageClasses = TelephonyProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TelephonyProblems {

    @ExceptionHandler(TelephonyUnavailableException.class)
    ProblemDetail unavailable(TelephonyUnavailableException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "telephony-unavailable", e.getMessage());
    }

    @ExceptionHandler(UnknownCallException.class)
    ProblemDetail unknownCall(UnknownCallException e) {
        return problem(HttpStatus.NOT_FOUND, "call-not-found", e.getMessage());
    }

    @ExceptionHandler(UnknownCallbackException.class)
    ProblemDetail unknownCallback(UnknownCallbackException e) {
        return problem(HttpStatus.NOT_FOUND, "callback-not-found", e.getMessage());
    }

    @ExceptionHandler(CallbackNotOpenException.class)
    ProblemDetail callbackNotOpen(CallbackNotOpenException e) {
        return problem(HttpStatus.CONFLICT, "callback-not-open", e.getMessage());
    }

    @ExceptionHandler(CallbackNotDialledException.class)
    ProblemDetail callbackNotDialled(CallbackNotDialledException e) {
        return problem(HttpStatus.CONFLICT, "callback-not-dialled", e.getMessage());
    }

    @ExceptionHandler(CallbacksController.CallbackNotYoursException.class)
    ProblemDetail callbackNotYours(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "callback-not-yours", e.getMessage());
    }

    @ExceptionHandler(UnknownAgentException.class)
    ProblemDetail unknownAgent(UnknownAgentException e) {
        return problem(HttpStatus.CONFLICT, "unknown-agent", e.getMessage());
    }

    @ExceptionHandler(TelephonyActionFailedException.class)
    ProblemDetail actionFailed(TelephonyActionFailedException e) {
        return problem(HttpStatus.CONFLICT, "telephony-action-failed", e.getMessage());
    }

    @ExceptionHandler(UnknownDepartmentException.class)
    ProblemDetail unknownDepartment(UnknownDepartmentException e) {
        return problem(HttpStatus.BAD_REQUEST, "unknown-department", e.getMessage());
    }

    @ExceptionHandler({IllegalArgumentException.class, ConstraintViolationException.class})
    ProblemDetail badRequest(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage());
    }

    /** Each failure its own code, which the console translates (see static/js/words.js PROBLEM_CODES). */
    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        return ApiProblems.problem(status, code, detail);
    }
}
