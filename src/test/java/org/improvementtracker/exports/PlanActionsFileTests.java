package org.improvementtracker.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.reports.RealReaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A plan's actions, one row each, as CSV and as a workbook that LibreOffice opens. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class PlanActionsFileTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Test
    void theCsvHasOneRowPerActionWithItsMeasuresAndLatestRating() throws Exception {
        RichOrganisation rich = new RichOrganisation(context);

        byte[] csv = mvc.perform(get("/plans/{planId}/actions.csv", rich.planId)
                .with(user(users.loadUserByUsername(rich.organisation.username(Role.VIEWER)))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();

        assertThat(rows).extracting(row -> row.get("Reference")).containsExactly("1.1 i)", "1.1 ii)", "2.1 i)");
        CSVRecord first = rows.get(0);
        assertThat(first.get("Section")).isEqualTo("1");
        assertThat(first.get("Outcome text")).isEqualTo("Children get help early");
        assertThat(first.get("Lead")).isEqualTo("Leon Adeyemi");
        assertThat(first.get("Responsible officer")).as("a name that starts like a formula").isEqualTo("'=Ofelia Okafor");
        assertThat(first.get("Due date")).isEqualTo("2026-01-31");
        assertThat(first.get("Success measures"))
                .isEqualTo("80% of contacts decided within 24 hours\nAudits show good decisions");
        assertThat(first.get("Latest rating")).as("moderated to 4, then returned this month").startsWith("4");
        assertThat(first.get("Rated in")).isEqualTo("Last month");
        assertThat(rows.get(2).get("Latest rating")).as("submitted, which counts").startsWith("1");
        assertThat(rows.get(1).get("Latest rating")).as("approved as proposed").startsWith("2");
    }

    @Test
    void theWorkbookHasTextCellsUnderAFrozenHeaderAndOpensInLibreOffice() throws Exception {
        RichOrganisation rich = new RichOrganisation(context);

        byte[] xlsx = mvc.perform(get("/api/plans/{planId}/actions/export", rich.planId).param("format", "xlsx")
                .with(httpBasic(rich.organisation.username(Role.PLAN_OWNER), TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheet("Actions");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Section");
            assertThat(sheet.getRow(1).getCell(7).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(7).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
        String seen = RealReaders.workbookSheets(xlsx).values().iterator().next();
        assertThat(seen).contains("Review the MASH", "=Ofelia Okafor", "Recruit foster carers");
    }

    @Test
    void anUnknownFormatIsAProblemNamingFormat() throws Exception {
        RichOrganisation rich = new RichOrganisation(context);

        mvc.perform(get("/api/plans/{planId}/actions/export", rich.planId).param("format", "pdf")
                .with(httpBasic(rich.organisation.username(Role.VIEWER), TestData.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }
}
