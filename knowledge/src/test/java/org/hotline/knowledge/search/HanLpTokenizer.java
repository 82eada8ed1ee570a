package org.hotline.knowledge.search;

import java.io.IOException;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** HanLP portable's segmenter as a Lucene tokenizer, for the analyzer comparison only. */
final class HanLpTokenizer extends Tokenizer {

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);
    private final Segment segment = HanLP.newSegment().enableOffset(true).enableCustomDictionary(true);
    private List<Term> terms = List.of();
    private int next;
    private int length;

    @Override
    public void reset() throws IOException {
        super.reset();
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1024];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            text.append(buffer, 0, n);
        }
        length = text.length();
        terms = segment.seg(text.toString());
        next = 0;
    }

    @Override
    public boolean incrementToken() {
        while (next < terms.size()) {
            Term term = terms.get(next++);
            if (term.word.isBlank()) {
                continue;
            }
            clearAttributes();
            termAttribute.append(term.word);
            offsetAttribute.setOffset(correctOffset(term.offset), correctOffset(term.offset + term.word.length()));
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offsetAttribute.setOffset(correctOffset(length), correctOffset(length));
    }
}
