package org.hotline.knowledge;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code hotline.knowledge.*}; the defaults suit the embedded mode. */
@ConfigurationProperties(prefix = "hotline.knowledge")
public class KnowledgeProperties {

    /** Directory of the local Lucene index; rebuilt from the database at start. */
    private String indexDir = "./data/index";
    /** Largest accepted import file. */
    private long importMaxBytes = 32L * 1024 * 1024;
    /** Most rows accepted in one import file. */
    private int importMaxRows = 50_000;
    /** Rows written per transaction during an import. */
    private int importBatchSize = 500;
    /** How often counted agent queries are written to the gap table. */
    private Duration gapFlushInterval = Duration.ofSeconds(5);
    /**
     * Minimum text similarity (cosine of Han bigrams and short numbers) for a {@code SIMILAR_TEXT} match; a retelling
     * of the same matter scores about 0.35–0.5, another matter in the same street below 0.25.
     */
    private double similarTextThreshold = 0.3;
    /** Secret mixed into phone hashes of ticket snapshots. */
    private String phoneHashSalt = "hotline-knowledge";
    /**
     * How long the module keeps copies of ticket text (similar-ticket snapshots, learned classifier examples), counted
     * from the ticket's registration or the example's learning; older copies are deleted by a job every
     * {@link #ticketCopyPurgeInterval}.
     */
    private Duration ticketCopyRetention = Duration.ofDays(365);
    private Duration ticketCopyPurgeInterval = Duration.ofDays(1);

    public String getIndexDir() {
        return indexDir;
    }

    public void setIndexDir(String indexDir) {
        this.indexDir = indexDir;
    }

    public long getImportMaxBytes() {
        return importMaxBytes;
    }

    public void setImportMaxBytes(long importMaxBytes) {
        this.importMaxBytes = importMaxBytes;
    }

    public int getImportMaxRows() {
        return importMaxRows;
    }

    public void setImportMaxRows(int importMaxRows) {
        this.importMaxRows = importMaxRows;
    }

    public int getImportBatchSize() {
        return importBatchSize;
    }

    public void setImportBatchSize(int importBatchSize) {
        this.importBatchSize = importBatchSize;
    }

    public Duration getGapFlushInterval() {
        return gapFlushInterval;
    }

    public void setGapFlushInterval(Duration gapFlushInterval) {
        this.gapFlushInterval = gapFlushInterval;
    }

    public double getSimilarTextThreshold() {
        return similarTextThreshold;
    }

    public void setSimilarTextThreshold(double similarTextThreshold) {
        this.similarTextThreshold = similarTextThreshold;
    }

    public String getPhoneHashSalt() {
        return phoneHashSalt;
    }

    public void setPhoneHashSalt(String phoneHashSalt) {
        this.phoneHashSalt = phoneHashSalt;
    }

    public Duration getTicketCopyRetention() {
        return ticketCopyRetention;
    }

    public void setTicketCopyRetention(Duration ticketCopyRetention) {
        this.ticketCopyRetention = ticketCopyRetention;
    }

    public Duration getTicketCopyPurgeInterval() {
        return ticketCopyPurgeInterval;
    }

    public void setTicketCopyPurgeInterval(Duration ticketCopyPurgeInterval) {
        this.ticketCopyPurgeInterval = ticketCopyPurgeInterval;
    }
}
