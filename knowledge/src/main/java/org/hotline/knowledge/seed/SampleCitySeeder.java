package org.hotline.knowledge.seed;

import java.io.IOException;
import java.io.InputStream;

import org.hotline.knowledge.ImportKind;
import org.hotline.knowledge.ImportProgressListener;
import org.hotline.knowledge.ImportReport;
import org.hotline.knowledge.KnowledgeImport;
import org.hotline.knowledge.KnowledgeSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Imports the sample city's policy documents and Q&A entries at start. Idempotent: the import leaves identical
 * rows alone, so restarting changes nothing.
 */
@Component
class SampleCitySeeder implements KnowledgeSeed {

    private static final Logger log = LoggerFactory.getLogger(SampleCitySeeder.class);

    private final KnowledgeImport knowledgeImport;
    private final ResourceLoader resources;
    private final String location;
    private final boolean enabled;

    SampleCitySeeder(KnowledgeImport knowledgeImport, ResourceLoader resources,
                     @Value("${hotline.seed.location:classpath:sample-city/}") String location,
                     @Value("${hotline.seed.sample-city:false}") boolean enabled) {
        this.enabled = enabled;
        this.knowledgeImport = knowledgeImport;
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    @Override
    public void seed() {
        if (!enabled) {
            return;
        }
        try {
            seed("kb/policies.jsonl", ImportKind.POLICY);
            seed("kb/qa.jsonl", ImportKind.QA);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("sample city knowledge unreadable", e);
        }
    }

    private void seed(String path, ImportKind kind) throws IOException {
        Resource resource = resources.getResource(location + path);
        if (!resource.exists()) {
            log.warn("sample city file missing, not seeded: {}{}", location, path);
            return;
        }
        try (InputStream in = resource.getInputStream()) {
            ImportReport report = knowledgeImport.importJsonl(in, kind, ImportProgressListener.NONE);
            log.info("sample city {} seeded: created={} updated={} unchanged={} failed={}", path, report.created(),
                    report.updated(), report.unchanged(), report.failed());
        }
    }
}
