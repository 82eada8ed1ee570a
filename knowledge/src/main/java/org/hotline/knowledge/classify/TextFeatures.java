package org.hotline.knowledge.classify;

import java.util.HashMap;
import java.util.Map;

/**
 * Character features of free text: every Han character and every pair of adjacent Han characters, plus Latin
 * words. Digits are left out, so phone and ID numbers neither identify a class nor make tickets look alike.
 */
final class TextFeatures {

    private TextFeatures() {
    }

    /** @return feature counts of {@code text} (empty for blank text) */
    static Map<String, Integer> of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        if (text == null) {
            return counts;
        }
        int previousHan = -1;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                flushWord(word, counts);
                String han = new String(Character.toChars(cp));
                counts.merge(han, 1, Integer::sum);
                if (previousHan >= 0) {
                    counts.merge(new String(Character.toChars(previousHan)) + han, 1, Integer::sum);
                }
                previousHan = cp;
            } else if (Character.isLetter(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
                previousHan = -1;
            } else {
                flushWord(word, counts);
                previousHan = -1;
            }
        }
        flushWord(word, counts);
        return counts;
    }

    /** @return the features of {@code text}, each counted once: repeated words in a rant are not more evidence */
    static Map<String, Integer> presence(String text) {
        Map<String, Integer> features = of(text);
        features.replaceAll((feature, count) -> 1);
        return features;
    }

    private static void flushWord(StringBuilder word, Map<String, Integer> counts) {
        if (word.length() > 1) {
            counts.merge(word.toString(), 1, Integer::sum);
        }
        word.setLength(0);
    }
}
