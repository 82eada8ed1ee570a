package org.hotline.console;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Hotline application: composes the telephony, workflow and knowledge modules behind one REST API, the
 * push hub and the console pages. Without a profile it runs on the embedded default (H2 file database, in-process
 * replacements for Redis, no Asterisk); profile {@code mysql} switches to MySQL and Redis.
 */
@SpringBootApplication(scanBasePackages = "org.hotline")
public class HotlineApplication {

    public static void main(String[] args) {
        SpringApplication.run(HotlineApplication.class, args);
    }
}
