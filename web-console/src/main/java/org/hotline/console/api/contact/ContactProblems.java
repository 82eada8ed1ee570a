package org.hotline.console.api.contact;

import org.hotline.console.api.ApiProblems;
import org.hotline.console.json.ApiEnumWords;
import org.hotline.telephony.ContactConflictException;
import org.hotline.telephony.InvalidContactException;
import org.hotline.telephony.UnknownCitizenException;
import org.hotline.telephony.UnknownContactException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The contact API's failures as {@code application/problem+json}, for every controller (contacts, citizens, the
 * channels' inbound endpoints). Ordered before the application-wide handler, whose {@code IllegalArgumentException}
 * handler would otherwise drop the field errors.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContactProblems {

    @ExceptionHandler(UnknownContactException.class)
    ProblemDetail unknownContact(UnknownContactException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "contact-not-found", e.getMessage());
    }

    @ExceptionHandler(UnknownCitizenException.class)
    ProblemDetail unknownCitizen(UnknownCitizenException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "citizen-not-found", e.getMessage());
    }

    @ExceptionHandler(ContactConflictException.class)
    ProblemDetail conflict(ContactConflictException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, "contact-conflict", e.getMessage());
        problem.setProperty("contactStatus", ApiEnumWords.word(e.status()));
        return problem;
    }

    @ExceptionHandler(InvalidContactException.class)
    ProblemDetail invalid(InvalidContactException e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid.",
            new java.util.TreeMap<>(e.errors()));
    }
}
