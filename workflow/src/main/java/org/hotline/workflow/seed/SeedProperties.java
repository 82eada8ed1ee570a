package org.hotline.workflow.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sample-city seeding ({@code hotline.seed.*}). Internal to the workflow module.
 *
 * <ul>
 *   <li>{@code hotline.seed.sample-city} (default {@code false}): seed departments, districts, categories, routing
 *       rules and the calendar at start, only what is missing.</li>
 *   <li>{@code hotline.seed.location} (default {@code classpath:sample-city/}): where {@code taxonomy/*.csv} and
 *       {@code calendar/*.csv} are read from; a Spring resource location ending in {@code /}.</li>
 * </ul>
 */
@ConfigurationProperties("hotline.seed")
public class SeedProperties {
    private boolean sampleCity = false;
    private String location = "classpath:sample-city/";

    public boolean isSampleCity() {
        return sampleCity;
    }

    public void setSampleCity(boolean sampleCity) {
        this.sampleCity = sampleCity;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location.endsWith("/") ? location : location + "/";
    }
}
