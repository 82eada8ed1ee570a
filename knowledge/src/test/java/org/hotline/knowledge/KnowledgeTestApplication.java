package org.hotline.knowledge;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Boots the knowledge module alone on the test database, with the sample city seeded as the application does. */
@SpringBootApplication
public class KnowledgeTestApplication {

    @Bean
    ApplicationRunner seedKnowledge(KnowledgeSeed seed) {
        return args -> seed.seed();
    }
}
