package org.hotline.console.api.analytics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.ServiceLoader;
import java.util.zip.Deflater;

import javax.xml.transform.TransformerFactory;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * An Excel workbook written row by row: numbers as numeric cells (rates as fractions with a percent format, times
 * as date cells in China time), text as text, a missing value as an empty cell. Streams (POI SXSSF): only the last
 * rows of a sheet stay as POI objects, the others are written out as the sheet's XML, kept in memory
 * ({@link InMemorySheetData}). Not thread-safe.
 */
final class ReportWorkbook {
    /** Rows kept as POI objects per sheet; earlier rows are written out as XML. */
    private static final int WINDOW = 200;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW) {
        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            // A report is downloaded as soon as it is written: time matters more than the last bytes of size.
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new InMemorySheetData();
        }
    };
    private final CellStyle plain;
    private final CellStyle header;
    private final CellStyle percent;
    private final CellStyle decimal;
    private final CellStyle time;
    private Sheet sheet;
    private int rowIndex;
    private int widest;

    static {
        // POI asks JAXP for a new TransformerFactory for every part it saves, and without this property JAXP looks
        // for a provider in every jar of the class path each time (a tenth of a report's time). With no provider
        // declared, JAXP takes the JDK's own: name it, which changes nothing but the look-up.
        String factory = TransformerFactory.class.getName();
        if (System.getProperty(factory) == null
                && ServiceLoader.load(TransformerFactory.class).stream().findAny().isEmpty()) {
            System.setProperty(factory, TransformerFactory.newDefaultInstance().getClass().getName());
        }
    }

    ReportWorkbook() {
        // Every cell gets a style of its own: for a cell without one, POI looks up its column's style in the sheet's
        // XML as it writes the row, which profiled as a fifth of a monthly report's time.
        plain = workbook.getCellStyleAt(0);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        time = workbook.createCellStyle();
        time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    }

    /** Starts a sheet with a bold header row. */
    ReportWorkbook sheet(String name, List<String> headers) {
        finishSheet();
        sheet = workbook.createSheet(name);
        rowIndex = 0;
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        widest = headers.size();
        return this;
    }

    /** A row; {@link Rate} cells get the percent format, {@link Double} two decimals. */
    ReportWorkbook row(List<?> cells) {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null || value instanceof Rate rate && rate.value() == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Rate rate) {
                cell.setCellValue(rate.value());
                cell.setCellStyle(percent);
            } else if (value instanceof Double d) {
                cell.setCellValue(d);
                cell.setCellStyle(decimal);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(plain);
            } else if (value instanceof Instant at) {
                cell.setCellValue(LocalDateTime.ofInstant(at, AnalyticsController.CHINA));
                cell.setCellStyle(time);
            } else if (value instanceof OffsetDateTime at) {
                cell.setCellValue(at.atZoneSameInstant(AnalyticsController.CHINA).toLocalDateTime());
                cell.setCellStyle(time);
            } else {
                cell.setCellValue(value.toString());
                cell.setCellStyle(plain);
            }
        }
        widest = Math.max(widest, cells.size());
        return this;
    }

    /** @return the workbook's bytes */
    byte[] bytes() {
        finishSheet();
        try (SXSSFWorkbook book = workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.writeAvoidingTempFiles(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private void finishSheet() {
        if (sheet != null) {
            for (int i = 0; i < widest; i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
        }
    }

    /** A fraction shown as a percentage; null leaves the cell empty (a rate with a zero denominator). */
    record Rate(Double value) {
    }
}
