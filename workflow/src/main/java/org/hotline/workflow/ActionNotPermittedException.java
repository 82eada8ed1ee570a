package org.hotline.workflow;

/** The actor's role (or department) may not perform this action on this ticket. Nothing changed. Maps to HTTP 403. */
public class ActionNotPermittedException extends RuntimeException {
    private final String action;
    private final Actor.Role role;

    public ActionNotPermittedException(String action, Actor.Role role) {
        super("role " + role + " may not " + action);
        this.action = action;
        this.role = role;
    }

    /** @return the refused action */
    public String action() {
        return action;
    }

    /** @return the actor's role */
    public Actor.Role role() {
        return role;
    }
}
