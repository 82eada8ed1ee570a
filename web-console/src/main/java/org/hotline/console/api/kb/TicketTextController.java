package org.hotline.console.api.kb;

import java.util.List;

import org.hotline.knowledge.CategoryScore;
import org.hotline.knowledge.SimilarTicket;
import org.hotline.knowledge.SimilarTickets;
import org.hotline.knowledge.TicketClassifier;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Text help while registering a ticket: category suggestion and possible duplicates. Both take POST bodies (issue 14):
 * the earlier GET forms put the citizen's words and phone number into URLs, proxies' and servers' access logs.
 */
@RestController
class TicketTextController {

    private static final int MAX_TEXT = 2000;

    private final TicketClassifier classifier;
    private final SimilarTickets similarTickets;

    TicketTextController(TicketClassifier classifier, SimilarTickets similarTickets) {
        this.classifier = classifier;
        this.similarTickets = similarTickets;
    }

    /** {@code POST /api/classify {"text":…}}: a body, not a query string, so the citizen's words stay out of logs. */
    @PostMapping("/api/classify")
    @PreAuthorize("hasAnyRole('AGENT', 'DISPATCHER')")
    List<CategoryScore> classify(@RequestBody ClassifyRequest request) {
        return classifier.classify(KbParams.text(request.text(), "text", MAX_TEXT, true));
    }

    /** {@code POST /api/tickets/similar {"text","phone","district","category"}}: personal data in the body. */
    @PostMapping("/api/tickets/similar")
    @PreAuthorize("hasAnyRole('AGENT', 'DISPATCHER')")
    List<SimilarTicket> similar(@RequestBody SimilarRequest request) {
        String district = request.district();
        String category = request.category();
        String checkedText = KbParams.text(request.text(), "text", MAX_TEXT, false);
        String checkedPhone = KbParams.text(request.phone(), "phone", 30, false);
        if (checkedText == null && checkedPhone == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "text or phone is required");
        }
        return similarTickets.find(checkedText, checkedPhone, KbParams.code(district, "district"),
                KbParams.code(category, "category"));
    }

    record ClassifyRequest(String text) {
    }

    record SimilarRequest(String text, String phone, String district, String category) {
    }
}
