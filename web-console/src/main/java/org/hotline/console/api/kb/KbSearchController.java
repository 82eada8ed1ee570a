package org.hotline.console.api.kb;

import java.util.List;

import org.hotline.knowledge.KnowledgeSearch;
import org.hotline.knowledge.SearchQuery;
import org.hotline.knowledge.SearchResult;
import org.hotline.workflow.PersonalData;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Knowledge search and suggestions for every logged-in user. */
@RestController
@RequestMapping("/api/kb")
class KbSearchController {

    static final int MAX_QUERY = 200;

    private final KnowledgeSearch search;

    KbSearchController(KnowledgeSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    SearchResult search(@RequestParam("q") String q,
                        @RequestParam(name = "category", required = false) String category,
                        @RequestParam(name = "department", required = false) String department,
                        @RequestParam(name = "limit", defaultValue = "10") int limit) {
        if (q.isBlank() || q.length() > MAX_QUERY) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "q must be 1.." + MAX_QUERY + " characters");
        }
        if (limit < 1 || limit > 50) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be 1..50");
        }
        return search.search(new SearchQuery(PersonalData.mask(q), KbParams.code(category, "category"),
                KbParams.code(department, "department"), limit));
    }

    @GetMapping("/suggest")
    List<String> suggest(@RequestParam("q") String q,
                         @RequestParam(name = "limit", defaultValue = "8") int limit) {
        if (q.length() > MAX_QUERY) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "q must be at most " + MAX_QUERY + " characters");
        }
        if (limit < 1 || limit > 20) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be 1..20");
        }
        return search.suggest(q, limit);
    }
}
