package org.hotline.workflow.ticket;

/** The actions of the lifecycle, named like the REST verbs. */
enum TicketAction {
    DIRECT_ANSWER("direct-answer"), DISPATCH("dispatch"), SIGN("sign"), RETURN("return"), NOTES("notes"),
    EXTENSION("extension"), EXTENSION_APPROVE("extension/approve"), EXTENSION_DENY("extension/deny"),
    AWAIT_CITIZEN("await-citizen"), RESUME("resume"), REPLY("reply"), REVIEW("review"), FOLLOW_UP("follow-up"),
    MERGE("merge"), ESCALATE("escalate"), CLOSE("close"), REDISPATCH("redispatch"), CONTRIBUTE("contribute"),
    REVEAL("reveal"), ESCALATION_FEEDBACK("escalation-feedback");

    private final String verb;

    TicketAction(String verb) {
        this.verb = verb;
    }

    String verb() {
        return verb;
    }
}
