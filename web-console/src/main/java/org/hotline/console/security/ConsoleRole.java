package org.hotline.console.security;

/**
 * The roles of the console. Spring Security sees each as authority {@code ROLE_<name>}, so endpoints use
 * {@code @PreAuthorize("hasRole('AGENT')")}.
 */
public enum ConsoleRole {
    /** 话务员: registers contacts and tickets, answers directly from the knowledge base. */
    AGENT,
    /** 派单员/审核员: dispatches, handles returns and extensions, reviews replies, runs follow-ups. */
    DISPATCHER,
    /** 承办单位: works only its own department's tickets. */
    DEPARTMENT,
    /** 班长/督办: reads everything, escalates. */
    SUPERVISOR,
    /** Configuration: users, departments, categories, routing, calendar, knowledge base. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
