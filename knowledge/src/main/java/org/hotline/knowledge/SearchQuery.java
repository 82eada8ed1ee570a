package org.hotline.knowledge;

/**
 * A knowledge search request.
 *
 * @param text           citizen's words or agent's typing; {@code null} treated as blank; truncated to 200 chars
 * @param categoryCode   category code or level-1 prefix ({@code C04}) to filter by; {@code null} for all
 * @param departmentCode department code to filter by; {@code null} for all
 * @param limit          number of hits wanted, clamped to 1–50
 * @param origin         who asks; only {@link SearchOrigin#AGENT_QUERY} queries feed the knowledge-gap list
 */
public record SearchQuery(String text, String categoryCode, String departmentCode, int limit, SearchOrigin origin) {

    public SearchQuery {
        text = text == null ? "" : text;
        limit = Math.max(1, Math.min(50, limit));
        origin = origin == null ? SearchOrigin.AGENT_QUERY : origin;
    }

    /** An explicit agent query (recorded for knowledge gaps). */
    public SearchQuery(String text, String categoryCode, String departmentCode, int limit) {
        this(text, categoryCode, departmentCode, limit, SearchOrigin.AGENT_QUERY);
    }

    /** Why a search was run. */
    public enum SearchOrigin {
        /** An agent submitted a query; counted for knowledge gaps. */
        AGENT_QUERY,
        /** Live suggestions while an agent types; partial words would pollute the gap list, so not counted. */
        TYPING
    }
}
