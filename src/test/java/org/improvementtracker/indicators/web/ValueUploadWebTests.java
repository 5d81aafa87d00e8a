package org.improvementtracker.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.Frequency;
import org.improvementtracker.indicators.IndicatorDefinition;
import org.improvementtracker.indicators.IndicatorService;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.indicators.Unit;
import org.improvementtracker.indicators.YearToDateRule;
import org.improvementtracker.indicators.IndicatorReader;
import org.improvementtracker.indicators.IndicatorValues;
import org.improvementtracker.indicators.ValueCsv;
import org.improvementtracker.indicators.ValueEntry;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Uploading values as a CSV, through the API and through the pages: preview, problems by row, save. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ValueUploadWebTests {

    static final MediaType CSV = new MediaType("text", "csv");

    static final String GOOD = """
            indicator code,month,value,note
            UP1,2026-05,82.5,
            UP1,2026-06,84,Better returns
            """;

    static final String BAD = """
            indicator code,month,value,note
            UP1,2026-05,82.5,
            UP1,2026-06,120,
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    UserDetailsService users;

    @Autowired
    IndicatorReader reader;

    @Autowired
    IndicatorService indicators;

    @Autowired
    Clock clock;

    @Autowired
    IndicatorValues values;

    Organisation organisation;
    long planId;
    long indicatorId;

    @BeforeEach
    void plan() {
        organisation = testData.organisation();
        planId = testData.plan(organisation, PlanStatus.ACTIVE);
        indicatorId = testData.indicator(organisation, planId, null, "UP1");
    }

    @Test
    void aDryRunAnswersThePreviewAndSavesNothing() throws Exception {
        mvc.perform(post("/api/indicators/values").param("dryRun", "true").param("plan", String.valueOf(planId))
                        .with(api(Role.PLAN_OWNER)).contentType(CSV).content(GOOD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(2)))
                .andExpect(jsonPath("$.rows[0].row").value(2))
                .andExpect(jsonPath("$.rows[0].code").value("UP1"))
                .andExpect(jsonPath("$.rows[0].month").value("2026-05"))
                .andExpect(jsonPath("$.rows[0].value").value(82.5))
                .andExpect(jsonPath("$.rows[0].replaces").doesNotExist())
                .andExpect(jsonPath("$.problems", hasSize(0)))
                .andExpect(jsonPath("$.saved").value(0));

        assertThat(reader.detail(organisation.id(), indicatorId).values()).isEmpty();
    }

    @Test
    void anUploadSavesEveryRowAndAFileWithProblemsIsA400NamingRowAndColumn() throws Exception {
        mvc.perform(post("/api/indicators/values").with(api(Role.PLAN_OWNER)).contentType(CSV).content(BAD))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid file"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("value"))
                .andExpect(jsonPath("$.errors[0].value").value("120"))
                .andExpect(jsonPath("$.errors[0].message").value("A percentage must be between 0 and 100"));
        assertThat(reader.detail(organisation.id(), indicatorId).values()).isEmpty();

        mvc.perform(post("/api/indicators/values").with(api(Role.ADMINISTRATOR)).contentType(CSV).content(GOOD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.saved").value(2));
        assertThat(reader.detail(organisation.id(), indicatorId).values()).hasSize(2);
    }

    @Test
    void viewersCannotUploadAndAnotherOrganisationsPlanAndCodesAreUnknown() throws Exception {
        mvc.perform(post("/api/indicators/values").with(api(Role.VIEWER)).contentType(CSV).content(GOOD))
                .andExpect(status().isForbidden());
        Organisation another = testData.organisation();
        long theirPlan = testData.plan(another, PlanStatus.ACTIVE);
        RequestPostProcessor them = httpBasic(another.username(Role.PLAN_OWNER), TestData.PASSWORD);

        mvc.perform(post("/api/indicators/values").param("plan", String.valueOf(planId)).param("dryRun", "true")
                        .with(them).contentType(CSV).content(GOOD))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/indicators/values").param("dryRun", "true").with(them).contentType(CSV).content(GOOD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].message").value("None of your organisation's indicators has this code"));
        mvc.perform(post("/api/indicators/values").param("plan", String.valueOf(theirPlan)).with(them)
                        .contentType(CSV).content(GOOD))
                .andExpect(status().isBadRequest());
        assertThat(reader.detail(organisation.id(), indicatorId).values()).isEmpty();
    }

    @Test
    void uploadPreviewAndSaveOnThePages() throws Exception {
        String form = mvc.perform(get(upload()).with(page(Role.PLAN_OWNER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"file\"", "name=\"file\"", "enctype=\"multipart/form-data\"", "template.csv");

        String preview = mvc.perform(multipart(upload()).file(file(GOOD)).with(page(Role.PLAN_OWNER)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Html.text(preview)).contains("2 values to save", "UP1", "May 2026", "82.5%", "Better returns", "New",
                "Save these values").doesNotContain("There is a problem");
        assertThat(reader.detail(organisation.id(), indicatorId).values()).isEmpty();

        mvc.perform(multipart(upload() + "/save").param("content", Html.hiddenValue(preview, "content"))
                        .param("versions", Html.hiddenValue(preview, "versions")).with(page(Role.PLAN_OWNER)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(upload()))
                .andExpect(flash().attribute("banner", "Saved 2 values"));
        assertThat(reader.detail(organisation.id(), indicatorId).values()).hasSize(2);
    }

    @Test
    void aBadFileShowsItsProblemsByRowAndSavesNothing() throws Exception {
        String preview = mvc.perform(multipart(upload()).file(file(BAD)).with(page(Role.PLAN_OWNER)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Html.text(preview)).contains("There is a problem",
                "Row 3, column ‘value’: A percentage must be between 0 and 100 (you entered ‘120’)")
                .doesNotContain("Save these values");
        assertThat(preview).contains("id=\"file\"");
        assertThat(reader.detail(organisation.id(), indicatorId).values()).isEmpty();

        mvc.perform(multipart(upload()).with(page(Role.PLAN_OWNER)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("fileProblem", "Select a CSV file of values"));
    }

    @Test
    void aMonthChangedSinceThePreviewIsTheConflictPage() throws Exception {
        String preview = mvc.perform(multipart(upload()).file(file(GOOD)).with(page(Role.PLAN_OWNER)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        SignedInUser owner = (SignedInUser) users.loadUserByUsername(organisation.username(Role.PLAN_OWNER));
        values.save(organisation.id(), owner.accountId(), new ValueEntry(indicatorId, YearMonth.of(2026, 6),
                new Figures(new BigDecimal("50"), null, null, null), null));

        String conflict = mvc.perform(multipart(upload() + "/save").param("content", Html.hiddenValue(preview, "content"))
                        .param("versions", Html.hiddenValue(preview, "versions")).with(page(Role.PLAN_OWNER)).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(Html.text(conflict)).contains("Someone else changed this");
        assertThat(reader.detail(organisation.id(), indicatorId).values()).singleElement()
                .satisfies(value -> assertThat(value.figures().value()).isEqualByComparingTo("50"));
    }

    @Test
    void theTemplateListsThePlansCodesForLastMonth() throws Exception {
        byte[] template = mvc.perform(get(upload() + "/template.csv").with(page(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(CSV))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(template, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufeffindicator code,indicator name,month,value");
        assertThat(text).contains("UP1,Indicator UP1,");
    }

    @Test
    void theTemplateHasAQuarterlyIndicatorOnlyWhenLastMonthEndsAQuarter() throws Exception {
        indicators.define(organisation.id(), planId, new IndicatorDefinition(null, "UPQ", "Turnover", null,
                Unit.PERCENTAGE, Polarity.LOWER_IS_BETTER, null, null, 1, YearToDateRule.LATEST, Frequency.QUARTERLY,
                null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of()));

        String text = new String(mvc.perform(get(upload() + "/template.csv").with(page(Role.ADMINISTRATOR)))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);

        // The clock is the real one: last month is a quarter end in three months of twelve.
        if (Frequency.QUARTERLY.expects(YearMonth.now(clock).minusMonths(1))) {
            assertThat(text).contains("UPQ,Turnover,");
        } else {
            assertThat(text).doesNotContain("UPQ").contains("UP1,Indicator UP1,");
        }
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsNeutralisedInTheTemplateAndReadBackAsTyped() throws Exception {
        String formula = "=HYPERLINK(\"https://attacker.example\",\"Click\")";
        long risky = indicators.define(organisation.id(), planId, TestData.indicator(null, "UPX", formula));
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        long owner = ((SignedInUser) users.loadUserByUsername(organisation.username(Role.PLAN_OWNER))).accountId();
        values.save(organisation.id(), owner, new ValueEntry(risky, lastMonth,
                new Figures(new BigDecimal("50"), null, null, "-3 on the month before; @team to check"), null));

        String template = new String(mvc.perform(get(upload() + "/template.csv").with(page(Role.ADMINISTRATOR)))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(template).contains("UPX,\"'=HYPERLINK(", "'-3 on the month before; @team to check")
                .doesNotContain(",\"=HYPERLINK", ",-3 on");
        mvc.perform(post("/api/indicators/values").param("dryRun", "true").param("plan", String.valueOf(planId))
                        .with(api(Role.PLAN_OWNER)).contentType(CSV).content(template.substring(1)))
                .andExpect(jsonPath("$.rows[?(@.code == 'UPX')].note").value("-3 on the month before; @team to check"));
    }

    /** People choose the workbook instead of the CSV they saved from it; the message says what to do. */
    @Test
    void aWorkbookGivenAsTheCsvIsToldSoOnThePageAndTheApi() throws Exception {
        byte[] workbook = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, 'x', 'l', '/'};
        String said = "The file is an Excel workbook, Word document or zip file, not a CSV";

        String preview = mvc.perform(multipart(upload())
                        .file(new MockMultipartFile("file", "values.xlsx", "text/csv", workbook))
                        .with(page(Role.PLAN_OWNER)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Html.text(preview)).contains("There is a problem", said, "CSV UTF-8 (comma delimited)")
                .doesNotContain("Save these values");

        mvc.perform(post("/api/indicators/values").with(api(Role.PLAN_OWNER)).contentType(CSV).content(workbook))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(startsWith(said)));
        assertThat(reader.detail(organisation.id(), indicatorId).values()).isEmpty();
    }

    /** The API reads the body only up to the CSV limit, so a huge body cannot fill the server's memory. */
    @Test
    void aBodyOverTheCsvLimitIsA413ProblemNamingTheBody() throws Exception {
        byte[] large = new byte[ValueCsv.MAX_BYTES + 1];
        Arrays.fill(large, (byte) 'x');

        mvc.perform(post("/api/indicators/values").with(api(Role.PLAN_OWNER)).contentType(CSV).content(large))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value(ValueCsv.TOO_LARGE));
    }

    private String upload() {
        return "/plans/" + planId + "/indicators/upload";
    }

    private static MockMultipartFile file(String text) {
        return new MockMultipartFile("file", "values.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private RequestPostProcessor api(Role role) {
        return httpBasic(organisation.username(role), TestData.PASSWORD);
    }

    private RequestPostProcessor page(Role role) {
        return user(users.loadUserByUsername(organisation.username(role)));
    }
}
