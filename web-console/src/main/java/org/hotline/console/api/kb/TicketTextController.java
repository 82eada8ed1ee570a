package org.hotline.console.api.kb;

import java.util.List;

import org.hotline.knowledge.CategoryScore;
import org.hotline.knowledge.SimilarTicket;
import org.hotline.knowledge.SimilarTickets;
import org.hotline.knowledge.TicketClassifier;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Text help while registering a ticket: category suggestion and possible duplicates. */
@RestController
class TicketTextController {

    private static final int MAX_TEXT = 2000;

    private final TicketClassifier classifier;
    private final SimilarTickets similarTickets;

    TicketTextController(TicketClassifier classifier, SimilarTickets similarTickets) {
        this.classifier = classifier;
        this.similarTickets = similarTickets;
    }

    @GetMapping("/api/classify")
    @PreAuthorize("hasAnyRole('AGENT', 'DISPATCHER')")
    List<CategoryScore> classify(@RequestParam("text") String text) {
        return classifier.classify(KbParams.text(text, "text", MAX_TEXT, true));
    }

    @GetMapping("/api/tickets/similar")
    @PreAuthorize("hasAnyRole('AGENT', 'DISPATCHER')")
    List<SimilarTicket> similar(@RequestParam(name = "text", required = false) String text,
                                @RequestParam(name = "phone", required = false) String phone,
                                @RequestParam(name = "district", required = false) String district,
                                @RequestParam(name = "category", required = false) String category) {
        String checkedText = KbParams.text(text, "text", MAX_TEXT, false);
        String checkedPhone = KbParams.text(phone, "phone", 30, false);
        if (checkedText == null && checkedPhone == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "text or phone is required");
        }
        return similarTickets.find(checkedText, checkedPhone, KbParams.code(district, "district"),
                KbParams.code(category, "category"));
    }
}
