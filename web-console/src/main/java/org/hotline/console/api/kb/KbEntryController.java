package org.hotline.console.api.kb;

import java.util.List;

import org.hotline.console.security.CurrentUsers;
import org.hotline.knowledge.KbEntry;
import org.hotline.knowledge.KbEntryDraft;
import org.hotline.knowledge.KbEntryNotFoundException;
import org.hotline.knowledge.KbListQuery;
import org.hotline.knowledge.KbPage;
import org.hotline.knowledge.KbStatus;
import org.hotline.knowledge.KnowledgeBase;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Reading, editing and usage feedback of knowledge-base entries. */
@RestController
@RequestMapping("/api/kb/entries")
class KbEntryController {

    /** Body of {@code POST …/used}: the category the agent was working in (optional). */
    record UsedRequest(String category) {
    }

    private final KnowledgeBase knowledgeBase;
    private final CurrentUsers currentUsers;

    KbEntryController(KnowledgeBase knowledgeBase, CurrentUsers currentUsers) {
        this.knowledgeBase = knowledgeBase;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    KbPage list(@RequestParam(name = "category", required = false) String category,
                @RequestParam(name = "department", required = false) String department,
                @RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "page", defaultValue = "0") int page,
                @RequestParam(name = "size", defaultValue = "20") int size) {
        if (page < 0 || page > 100_000 || size < 1 || size > 200) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be >= 0 and size 1..200");
        }
        KbStatus parsedStatus;
        try {
            parsedStatus = status == null || status.isBlank() ? null : KbStatus.parse(status);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status must be draft, published or withdrawn");
        }
        return knowledgeBase.list(new KbListQuery(KbParams.code(category, "category"),
                KbParams.code(department, "department"), parsedStatus, page, size));
    }

    @GetMapping("/{id}")
    KbEntry find(@PathVariable("id") String id, @RequestParam(name = "version", required = false) Integer version) {
        KbParams.id(id);
        return (version == null ? knowledgeBase.find(id) : knowledgeBase.find(id, version))
                .orElseThrow(() -> new KbEntryNotFoundException(id));
    }

    @GetMapping("/{id}/versions")
    List<KbEntry> versions(@PathVariable("id") String id) {
        return knowledgeBase.versions(KbParams.id(id));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<KbEntry> create(@RequestBody KbEntryDraft draft) {
        KbEntry created = knowledgeBase.create(draft, currentUsers.current().username());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    KbEntry update(@PathVariable("id") String id, @RequestBody KbEntryDraft draft) {
        return knowledgeBase.update(KbParams.id(id), draft, currentUsers.current().username());
    }

    @PostMapping("/{id}/used")
    @PreAuthorize("hasAnyRole('AGENT', 'DISPATCHER')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void used(@PathVariable("id") String id, @RequestBody(required = false) UsedRequest request) {
        String category = request == null ? null : KbParams.code(request.category(), "category");
        knowledgeBase.markUsed(KbParams.id(id), category, currentUsers.current().username());
    }
}
