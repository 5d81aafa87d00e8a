package org.improvementtracker.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.LargePlanGenerator;
import org.improvementtracker.plans.LargePlanGenerator.GeneratedPlan;
import org.improvementtracker.plans.LargePlanGenerator.Shape;
import org.improvementtracker.reporting.ReportingHistoryGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** A plan of 300 actions with six months of ratings writes whole in Word and Excel, every action in it. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestData.class, LargePlanGenerator.class, ReportingHistoryGenerator.class})
class LargeOfficeReportTests {

    static final Shape SHAPE = new Shape(10, 3, 10, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    LargePlanGenerator plans;

    @Autowired
    ReportingHistoryGenerator history;

    @Test
    void threeHundredActionsWriteAsWordAndExcel() throws Exception {
        Organisation organisation = testData.organisation();
        GeneratedPlan plan = plans.generate(organisation, SHAPE, 300);
        List<Long> periods = history.generate(organisation.id(), plan.planId(), LocalDate.of(2025, 4, 1), 7,
                testData.accountId(organisation.username(Role.PLAN_OWNER)), 300);
        String pack = "/api/plans/" + plan.planId() + "/board-pack?includeCompleted=true&pastPeriods=6&period="
                + periods.get(periods.size() - 2) + "&format=";

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(organisation, pack + "xlsx")))) {
            long actionRows = StreamSupport.stream(workbook.spliterator(), false)
                    .filter(sheet -> sheet.getSheetName().matches("\\d+\\. .*"))
                    .mapToLong(sheet -> sheet.getLastRowNum()).sum();
            assertThat(actionRows).as("one row per action under each section's header").isEqualTo(SHAPE.actions());
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download(organisation, pack + "docx")))) {
            long actionRows = document.getTables().stream()
                    .filter(table -> table.getRow(0).getCell(0).getText().equals("Reference"))
                    .mapToLong(table -> table.getNumberOfRows() - 1).sum();
            assertThat(actionRows).isEqualTo(SHAPE.actions());
        }
    }

    private byte[] download(Organisation organisation, String path) throws Exception {
        long started = System.nanoTime();
        byte[] file = mvc.perform(get(path).with(httpBasic(organisation.username(Role.VIEWER), TestData.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        System.out.printf("%s: %,d bytes in %d ms%n", path.substring(path.lastIndexOf('=') + 1), file.length,
                (System.nanoTime() - started) / 1_000_000);
        return file;
    }
}
