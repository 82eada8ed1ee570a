package org.hotline.console.push;

import java.util.List;

/** {@code {"type":"suggestions","seq":n,"text":…,"items":[{"entryId","question","snippet":{"text","highlights"},"score"}…]}} */
record SuggestionsFrame(String type, long seq, String text, List<Suggestion> items) {

    SuggestionsFrame(long seq, String text, List<Suggestion> items) {
        this("suggestions", seq, text, List.copyOf(items));
    }
}
