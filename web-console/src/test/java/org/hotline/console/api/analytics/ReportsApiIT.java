package org.hotline.console.api.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Excel reports over HTTP: the workbook opens with POI, has the seven Chinese sheets, its summary holds the
 * same numbers as {@code /api/analytics/kpis} as numeric cells; a department gets its own; agents are refused.
 */
class ReportsApiIT extends HotlineIntegrationSupport {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final List<String> SHEETS = List.of("汇总", "部门（分级）", "分类", "热点", "突发", "超期", "督办");

    TestApi api;

    @BeforeEach
    void connect() {
        api = api();
    }

    @Test
    void theDailyReportHasTheSheetsAndTheFiguresOfTheKpisAsNumbers() throws IOException {
        Response created = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "complaint",
            "categoryCode", "C0401", "districtCode", "JC", "content", "公积金提取还没到账"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        api.post("dispatcher1", "/api/tickets/" + created.json().get("ticketNo").asText() + "/dispatch", Map.of());

        Download download = download("supervisor1", "/api/analytics/reports/daily?date=" + TODAY);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo(ReportsController.XLSX.toString());
        assertThat(download.disposition()).startsWith("attachment;").contains("filename*=UTF-8''");
        String encoded = download.disposition().substring(download.disposition().indexOf("UTF-8''") + 7);
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("12345热线日报-" + TODAY + ".xlsx");

        JsonNode kpis = api.get("supervisor1", "/api/analytics/kpis?from=" + TODAY + "&to=" + TODAY
            + "&groupBy=none").json().get("groups").get(0);
        JsonNode byCategory = api.get("supervisor1", "/api/analytics/kpis?from=" + TODAY + "&to=" + TODAY
            + "&groupBy=category").json().get("groups");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertThat(sheetNames(book)).containsExactlyElementsOf(SHEETS);
            assertSummaryMatches(book.getSheet("汇总"), kpis);
            Row fund = rowStartingWith(book.getSheet("分类"), "C0401");
            JsonNode fundKpis = null;
            for (JsonNode g : byCategory) {
                if (g.get("key").asText().equals("C0401")) {
                    fundKpis = g;
                }
            }
            assertThat(fundKpis).isNotNull();
            assertThat(fund.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat((long) fund.getCell(2).getNumericCellValue())
                .isEqualTo(fundKpis.get("counts").get("registered").asLong());
            assertThat(book.getSheet("部门（分级）").getRow(0).getCell(0).getStringCellValue()).isEqualTo("类别组");
            assertThat(book.getSheet("超期").getRow(0).getCell(0).getStringCellValue()).isEqualTo("工单号");
            assertThat(book.getSheet("督办").getRow(0).getCell(0).getStringCellValue()).isEqualTo("工单号");
        }
    }

    @Test
    void weeklyAndMonthlyCoverTheirPeriodsAndBadPeriodsAreProblems() throws IOException {
        Download weekly = download("dispatcher1", "/api/analytics/reports/weekly?week=2026-W49");
        assertThat(weekly.status()).isEqualTo(200);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(weekly.body()))) {
            assertThat(book.getSheet("汇总").getRow(1).getCell(1).getStringCellValue())
                .isEqualTo("2026-11-30 至 2026-12-06");
        }
        Download monthly = download("supervisor1", "/api/analytics/reports/monthly?month=2026-02");
        assertThat(monthly.status()).isEqualTo(200);
        assertThat(URLDecoder.decode(monthly.disposition(), StandardCharsets.UTF_8)).contains("12345热线月报-2026-02.xlsx");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(monthly.body()))) {
            assertThat(book.getSheet("汇总").getRow(1).getCell(1).getStringCellValue())
                .isEqualTo("2026-02-01 至 2026-02-28");
        }
        for (String bad : List.of("weekly?week=2026-W60", "weekly?week=2026-49", "monthly?month=2026-13",
            "daily?date=yesterday")) {
            Response response = api.get("supervisor1", "/api/analytics/reports/" + bad);
            assertThat(response.status()).as(bad + " → " + response).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
    }

    @Test
    void aDepartmentGetsItsOwnFiguresOnlyAndAnAgentNoReport() throws IOException {
        Download download = download("dept-gjj", "/api/analytics/reports/daily?date=" + TODAY);
        assertThat(download.status()).isEqualTo(200);
        JsonNode own = api.get("dept-gjj", "/api/analytics/kpis?from=" + TODAY + "&to=" + TODAY
            + "&groupBy=none").json().get("groups").get(0);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertThat(sheetNames(book)).containsExactlyElementsOf(SHEETS);
            assertSummaryMatches(book.getSheet("汇总"), own);
            for (String centerWide : List.of("分类", "热点", "突发")) {
                Sheet sheet = book.getSheet(centerWide);
                assertThat(sheet.getLastRowNum()).as(centerWide).isEqualTo(1);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("本角色的报表不含此表");
            }
            Sheet tiers = book.getSheet("部门（分级）");
            for (int i = 1; i <= tiers.getLastRowNum(); i++) {
                Cell department = tiers.getRow(i).getCell(4);
                assertThat(department == null || department.getStringCellValue().equals("GJJ")).isTrue();
            }
        }
        assertThat(download("agent1", "/api/analytics/reports/daily").status()).isEqualTo(403);
        assertThat(download(null, "/api/analytics/reports/daily").status()).isEqualTo(401);
    }

    private static void assertSummaryMatches(Sheet summary, JsonNode group) {
        KpiDefinitions.COUNTS.forEach((key, definition) -> {
            Cell cell = rowStartingWith(summary, definition.name()).getCell(1);
            assertThat(cell.getCellType()).as(key).isEqualTo(CellType.NUMERIC);
            assertThat((long) cell.getNumericCellValue()).as(key).isEqualTo(group.get("counts").get(key).asLong());
        });
        KpiDefinitions.RATES.forEach((key, definition) -> {
            Cell cell = rowStartingWith(summary, definition.name()).getCell(1);
            if (group.get("rates").has(key)) {
                assertThat(cell.getCellType()).as(key).isEqualTo(CellType.NUMERIC);
                assertThat(cell.getNumericCellValue()).as(key).isEqualTo(group.get("rates").get(key).asDouble());
            } else {
                assertThat(cell).as(key + " is absent, so its cell is empty").isNull();
            }
        });
    }

    private static Row rowStartingWith(Sheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " in sheet " + sheet.getSheetName());
    }

    private static List<String> sheetNames(Workbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private Download download(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + TestApi.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Download(int status, String contentType, String disposition, byte[] body) {
    }
}
