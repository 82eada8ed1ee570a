package org.hotline.knowledge.search;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.hotline.knowledge.KbEntry;

/** How an entry becomes a Lucene document: the field names and their contents. */
final class KbDocuments {

    static final String ID = "id";
    static final String QUESTION = "question";
    static final String ALT_QUESTIONS = "alt";
    static final String ANSWER = "answer";
    static final String TAGS = "tags";
    static final String QUESTION_BIGRAMS = "q2";
    static final String QUESTION_CHARS = "qc";
    static final String CATEGORY = "category";
    static final String DEPARTMENT = "department";
    static final String VALID_FROM = "validFrom";
    static final String VALID_TO = "validTo";

    private KbDocuments() {
    }

    static Document of(KbEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        // Doc values give ranking and suggestions the id and question without decompressing stored fields.
        doc.add(new SortedDocValuesField(ID, new BytesRef(entry.id())));
        doc.add(new TextField(QUESTION, entry.question(), Field.Store.YES));
        doc.add(new BinaryDocValuesField(QUESTION, new BytesRef(entry.question())));
        doc.add(new TextField(QUESTION_BIGRAMS, entry.question(), Field.Store.NO));
        doc.add(new TextField(QUESTION_CHARS, entry.question(), Field.Store.NO));
        for (String alt : entry.alternativeQuestions()) {
            doc.add(new TextField(ALT_QUESTIONS, alt, Field.Store.NO));
            doc.add(new TextField(QUESTION_BIGRAMS, alt, Field.Store.NO));
            doc.add(new TextField(QUESTION_CHARS, alt, Field.Store.NO));
        }
        doc.add(new TextField(ANSWER, entry.answer(), Field.Store.YES));
        for (String tag : entry.tags()) {
            doc.add(new TextField(TAGS, tag, Field.Store.NO));
        }
        doc.add(new StringField(CATEGORY, entry.categoryCode(), Field.Store.YES));
        if (entry.departmentCode() != null) {
            doc.add(new StringField(DEPARTMENT, entry.departmentCode(), Field.Store.YES));
        }
        long from = entry.validFrom() == null ? Long.MIN_VALUE : entry.validFrom().toEpochDay();
        long to = entry.validTo() == null ? Long.MAX_VALUE : entry.validTo().toEpochDay();
        doc.add(new LongPoint(VALID_FROM, from));
        doc.add(new NumericDocValuesField(VALID_FROM, from));
        doc.add(new LongPoint(VALID_TO, to));
        doc.add(new NumericDocValuesField(VALID_TO, to));
        return doc;
    }
}
