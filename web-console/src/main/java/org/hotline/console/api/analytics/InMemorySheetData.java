package org.hotline.console.api.analytics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.Arrays;

import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A sheet's XML kept in memory as UTF-8 bytes instead of POI's temporary file. POI writes a row as many small strings
 * and single characters; through its file writer each one took a lock and went through a charset encoder, which
 * profiled as a fifth of a report's time. A report's sheets are bounded (at most a few thousand rows each), so
 * memory is not what the temporary file would save here. Not thread-safe, as the workbook.
 */
final class InMemorySheetData extends SheetDataWriter {

    private final Utf8Bytes bytes;

    InMemorySheetData() throws IOException {
        this(new Utf8Bytes());
    }

    private InMemorySheetData(Utf8Bytes bytes) throws IOException {
        super(bytes);
        this.bytes = bytes;
    }

    /** The writer POI writes the sheet's XML to. */
    Utf8Bytes bytes() {
        return bytes;
    }

    @Override
    public InputStream getWorksheetXMLInputStream() {
        return new ByteArrayInputStream(bytes.buffer, 0, bytes.size);
    }

    /** An unsynchronized writer that encodes to UTF-8 into a growing array. */
    static final class Utf8Bytes extends Writer {
        private byte[] buffer = new byte[8192];
        private int size;
        /** A high surrogate waiting for its low half (a write may split a pair). */
        private char high;

        @Override
        public void write(int c) {
            ensure(4);
            put((char) c);
        }

        @Override
        public void write(String text, int offset, int length) {
            ensure(length * 3 + 4);
            for (int i = offset, end = offset + length; i < end; i++) {
                put(text.charAt(i));
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            ensure(length * 3 + 4);
            for (int i = offset, end = offset + length; i < end; i++) {
                put(chars[i]);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        /** Room for the char's bytes was ensured: at most 3 per char, and 4 for a pair whose high half was counted before. */
        private void put(char c) {
            if (high != 0) {
                char first = high;
                high = 0;
                if (Character.isLowSurrogate(c)) {
                    int code = Character.toCodePoint(first, c);
                    buffer[size++] = (byte) (0xF0 | code >> 18);
                    buffer[size++] = (byte) (0x80 | code >> 12 & 0x3F);
                    buffer[size++] = (byte) (0x80 | code >> 6 & 0x3F);
                    buffer[size++] = (byte) (0x80 | code & 0x3F);
                    return;
                }
                // A lone high surrogate cannot be encoded; as the JDK's encoder, write '?'.
                buffer[size++] = '?';
            }
            if (c < 0x80) {
                buffer[size++] = (byte) c;
            } else if (c < 0x800) {
                buffer[size++] = (byte) (0xC0 | c >> 6);
                buffer[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                buffer[size++] = '?';
            } else {
                buffer[size++] = (byte) (0xE0 | c >> 12);
                buffer[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[size++] = (byte) (0x80 | c & 0x3F);
            }
        }

        private void ensure(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }
    }
}
