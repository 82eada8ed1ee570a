package org.hotline.console;

import org.hotline.console.security.DemoUsersSeeder;
import org.hotline.knowledge.KnowledgeSeed;
import org.hotline.workflow.WorkflowSeed;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The start-up data, in its one order: the workflow's calendar, catalogue and routing first (everything else names
 * departments and categories), then the knowledge base, then the demo users (one per department). Each seed is
 * idempotent and decides by its own switch ({@code hotline.seed.*}) whether to add anything.
 */
@Component
class StartupSeeding implements ApplicationRunner {

    private final WorkflowSeed workflow;
    private final KnowledgeSeed knowledge;
    private final DemoUsersSeeder demoUsers;

    StartupSeeding(WorkflowSeed workflow, KnowledgeSeed knowledge, DemoUsersSeeder demoUsers) {
        this.workflow = workflow;
        this.knowledge = knowledge;
        this.demoUsers = demoUsers;
    }

    @Override
    public void run(ApplicationArguments args) {
        workflow.seed();
        knowledge.seed();
        demoUsers.seed();
    }
}
