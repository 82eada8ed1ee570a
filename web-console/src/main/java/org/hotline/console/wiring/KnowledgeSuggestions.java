package org.hotline.console.wiring;

import java.util.List;

import org.hotline.console.push.Suggestion;
import org.hotline.console.push.SuggestionProvider;
import org.hotline.console.security.CurrentUser;
import org.hotline.knowledge.KnowledgeSearch;
import org.hotline.knowledge.SearchQuery;
import org.hotline.knowledge.Snippet;
import org.hotline.workflow.PersonalData;
import org.springframework.stereotype.Component;

/** What an agent types, searched in the knowledge base: the suggestions the push hub sends back. */
@Component
class KnowledgeSuggestions implements SuggestionProvider {

    private final KnowledgeSearch search;

    KnowledgeSuggestions(KnowledgeSearch search) {
        this.search = search;
    }

    @Override
    public List<Suggestion> suggest(CurrentUser user, String text, String category, int limit) {
        // What an agent types may hold the caller's numbers; the knowledge module (and its gap log) gets them masked.
        return search.search(new SearchQuery(PersonalData.mask(text), blankToNull(category), null, limit,
                SearchQuery.SearchOrigin.TYPING))
            .hits().stream()
            .map(hit -> new Suggestion(hit.entryId(), hit.question(), hit.snippet() == null ? Snippet.EMPTY : hit.snippet(),
                hit.score()))
            .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
