package org.hotline.console.api;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies above a limit before anything reads them: JSON commands are small, only imports
 * (multipart) may be large. Requests without a declared length are bounded by the servlet container's limits.
 */
@Component
class RequestTooLargeFilter extends OncePerRequestFilter {

    static final long JSON_LIMIT_BYTES = 256 * 1024;
    static final long UPLOAD_LIMIT_BYTES = 20L * 1024 * 1024;

    private final ObjectMapper objectMapper;

    RequestTooLargeFilter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        long limit = multipart ? UPLOAD_LIMIT_BYTES : JSON_LIMIT_BYTES;
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            objectMapper.writeValue(response.getOutputStream(), ApiProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE,
                "payload-too-large", "The request body exceeds " + limit + " bytes."));
            return;
        }
        chain.doFilter(request, response);
    }
}
