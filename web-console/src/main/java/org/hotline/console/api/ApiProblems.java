package org.hotline.console.api;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the {@code application/problem+json} bodies of the API: every error carries a machine-readable code. */
public final class ApiProblems {

    private ApiProblems() {
    }

    /**
     * @param status HTTP status of the answer
     * @param code   stable, lower-case machine-readable code ({@code invalid-transition}, …)
     * @param detail a human-readable explanation without personal data
     */
    public static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        problem.setProperty("code", code);
        return problem;
    }

    public static ProblemDetail problem(HttpStatus status, String code, String detail, Map<String, String> errors) {
        ProblemDetail problem = problem(status, code, detail);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
