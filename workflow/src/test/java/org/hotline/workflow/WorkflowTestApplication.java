package org.hotline.workflow;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the workflow module alone, on the test database, for the integration tests. */
@SpringBootApplication
public class WorkflowTestApplication {
}
