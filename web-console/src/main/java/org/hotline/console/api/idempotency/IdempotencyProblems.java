package org.hotline.console.api.idempotency;

import org.hotline.console.api.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 409 {@code idempotency-key-reused} wherever an endpoint honours {@code Idempotency-Key}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdempotencyProblems {

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail reused(IdempotencyKeyReusedException e) {
        return ApiProblems.problem(HttpStatus.CONFLICT, "idempotency-key-reused", e.getMessage());
    }
}
