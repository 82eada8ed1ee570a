package org.hotline.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.springframework.stereotype.Component;

/**
 * The analyzers of the knowledge index. Words come from smartcn's HMM segmenter; synonyms are expanded at query
 * time only, so editing the list needs no reindex. Character bigrams and single characters back up the word
 * fields where segmentation of a caller's phrasing differs from the entry's. All analyzers are thread-safe.
 */
@Component
final class ChineseAnalysis {

    static final String SYNONYMS = "/org/hotline/knowledge/search/synonyms.txt";
    static final String STOPWORDS = "/org/hotline/knowledge/search/stopwords.txt";

    private final Analyzer words;
    private final Analyzer queryWords;
    private final Analyzer bigrams;
    private final Analyzer chars;
    private final Analyzer indexing;
    private final Pattern phraseFunctionWords;

    ChineseAnalysis() {
        this(HMMChineseTokenizer::new);
    }

    /** @param wordTokenizer makes the word segmenter; smartcn's in production, others for comparison tests */
    ChineseAnalysis(Supplier<Tokenizer> wordTokenizer) {
        CharArraySet stop = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        List<String> functionWords = readLines(STOPWORDS);
        stop.addAll(functionWords);
        this.phraseFunctionWords = Pattern.compile(functionWords.stream().filter(w -> w.length() >= 2)
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|")));
        this.words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = wordTokenizer.get();
                TokenStream stream = new StopFilter(new LowerCaseFilter(new CJKWidthFilter(tokenizer)), stop);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
        SynonymMap synonyms = loadSynonyms(words);
        this.queryWords = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = wordTokenizer.get();
                TokenStream stream = new StopFilter(new LowerCaseFilter(new CJKWidthFilter(tokenizer)), stop);
                return new TokenStreamComponents(tokenizer, new SynonymGraphFilter(stream, synonyms, true));
            }
        };
        this.bigrams = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(tokenizer)));
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
        this.chars = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(new CJKWidthFilter(tokenizer)));
            }

            @Override
            public int getPositionIncrementGap(String field) {
                // Alternative questions are separate values: a phrase must not run from one into the next.
                return 100;
            }
        };
        this.indexing = new PerFieldAnalyzerWrapper(words, Map.of(
                KbDocuments.QUESTION_BIGRAMS, bigrams,
                KbDocuments.QUESTION_CHARS, chars));
    }

    /** Word analyzer for indexing and highlighting. */
    Analyzer words() {
        return words;
    }

    /** Word analyzer with synonym expansion, for queries. */
    Analyzer queryWords() {
        return queryWords;
    }

    Analyzer bigrams() {
        return bigrams;
    }

    Analyzer chars() {
        return chars;
    }

    /**
     * Blanks out multi-character function words (怎么, 请问, 的话 …) so that the character bigrams of a query carry
     * only the matter; single characters stay, as they are often part of real words.
     */
    String withoutFunctionWords(String text) {
        return phraseFunctionWords.matcher(text).replaceAll(" ");
    }

    /** Per-field analyzer for the index writer. */
    Analyzer indexing() {
        return indexing;
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = ChineseAnalysis.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SynonymMap loadSynonyms(Analyzer analyzer) {
        try (InputStream in = ChineseAnalysis.class.getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException("synonym list missing from the classpath: " + SYNONYMS);
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                parser.parse(reader);
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("synonym list is malformed: " + e.getMessage() + " (" + e.getCause() + ")", e);
        }
    }
}
