package org.hotline.console.api.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class InMemorySheetDataTest {

    @Test
    void keepsWhatWasWrittenAsUtf8LikeTheJdksEncoder() throws IOException {
        InMemorySheetData sheet = new InMemorySheetData();
        InMemorySheetData.Utf8Bytes out = writerOf(sheet);
        String text = "<c t=\"inlineStr\"><is><t>井盖缺失 ‘é’ 😀 a&amp;b</t></is></c>";

        out.write(text.substring(0, 10));
        out.write('#');
        char[] rest = text.substring(10).toCharArray();
        out.write(rest, 0, rest.length);

        assertThat(new String(sheet.getWorksheetXMLInputStream().readAllBytes(), StandardCharsets.UTF_8))
            .isEqualTo(text.substring(0, 10) + "#" + text.substring(10));
    }

    @Test
    void joinsASurrogatePairSplitAcrossWritesAndReplacesLoneHalves() throws IOException {
        InMemorySheetData sheet = new InMemorySheetData();
        InMemorySheetData.Utf8Bytes out = writerOf(sheet);
        String emoji = "😀";

        out.write(emoji.charAt(0));
        out.write(emoji.charAt(1));
        out.write("x\uD83Dy\uDE00z");

        byte[] bytes = sheet.getWorksheetXMLInputStream().readAllBytes();
        assertThat(bytes).isEqualTo((emoji + "x?y?z").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void growsPastItsFirstBuffer() throws IOException {
        InMemorySheetData sheet = new InMemorySheetData();
        InMemorySheetData.Utf8Bytes out = writerOf(sheet);
        String row = "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>12345</v></c><c><is><t>市政设施</t></is></c></row>\n";

        for (int i = 0; i < 2_000; i++) {
            out.write(row);
        }

        assertThat(new String(sheet.getWorksheetXMLInputStream().readAllBytes(), StandardCharsets.UTF_8))
            .isEqualTo(row.repeat(2_000));
    }

    private static InMemorySheetData.Utf8Bytes writerOf(InMemorySheetData sheet) {
        return sheet.bytes();
    }
}
