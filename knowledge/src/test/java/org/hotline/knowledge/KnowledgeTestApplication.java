package org.hotline.knowledge;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the knowledge module alone on the test database, with the sample city seeded. */
@SpringBootApplication
public class KnowledgeTestApplication {
}
