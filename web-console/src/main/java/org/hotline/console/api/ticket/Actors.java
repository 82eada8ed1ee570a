package org.hotline.console.api.ticket;

import org.hotline.console.security.CurrentUser;
import org.hotline.console.security.CurrentUsers;
import org.hotline.workflow.Actor;
import org.springframework.stereotype.Component;

/** The workflow's view of the logged-in console user (shared by the workflow-facing controllers). */
@Component
public class Actors {

    private final CurrentUsers currentUsers;

    Actors(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    /** @return the logged-in user as the workflow's actor */
    public Actor current() {
        CurrentUser user = currentUsers.current();
        return new Actor(user.username(), Actor.Role.valueOf(user.role().name()), user.departmentCode());
    }
}
