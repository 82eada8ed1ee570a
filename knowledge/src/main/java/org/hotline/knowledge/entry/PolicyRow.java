package org.hotline.knowledge.entry;

import java.time.Instant;
import java.time.LocalDate;

import org.hotline.knowledge.PolicyDocument;

/** A row of {@code kb_policy}. */
class PolicyRow {

    String id;
    String title;
    String docNo;
    String issuer;
    LocalDate published;
    LocalDate effectiveFrom;
    LocalDate expires;
    String categoryCode;
    String body;
    String contentHash;
    Instant updatedAt;

    static PolicyRow of(PolicyDocument doc, String hash, Instant at) {
        PolicyRow row = new PolicyRow();
        row.id = doc.id();
        row.title = doc.title();
        row.docNo = doc.documentNo();
        row.issuer = doc.issuer();
        row.published = doc.published();
        row.effectiveFrom = doc.effectiveFrom();
        row.expires = doc.expires();
        row.categoryCode = doc.categoryCode();
        row.body = doc.body();
        row.contentHash = hash;
        row.updatedAt = at;
        return row;
    }

    PolicyDocument toDocument() {
        return new PolicyDocument(id, title, docNo, issuer, published, effectiveFrom, expires, categoryCode, body);
    }
}
