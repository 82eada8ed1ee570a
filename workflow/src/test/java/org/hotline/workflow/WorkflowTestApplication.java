package org.hotline.workflow;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Boots the workflow module alone, on the test database, for the integration tests; seeds it as the application does. */
@SpringBootApplication
public class WorkflowTestApplication {

    @Bean
    ApplicationRunner seedWorkflow(WorkflowSeed seed) {
        return args -> seed.seed();
    }
}
