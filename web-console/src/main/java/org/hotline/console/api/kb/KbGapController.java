package org.hotline.console.api.kb;

import java.util.List;

import org.hotline.knowledge.KnowledgeGap;
import org.hotline.knowledge.KnowledgeGaps;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Knowledge gaps: what agents searched for and the knowledge base did not serve. */
@RestController
class KbGapController {

    private final KnowledgeGaps gaps;

    KbGapController(KnowledgeGaps gaps) {
        this.gaps = gaps;
    }

    @GetMapping("/api/kb/gaps")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    List<KnowledgeGap> gaps(@RequestParam(name = "limit", defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be 1..500");
        }
        return gaps.gaps(limit);
    }
}
