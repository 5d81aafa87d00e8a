package org.improvementtracker.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.improvementtracker.WebSession;
import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What people see when something goes wrong: our own pages in the GOV.UK layout, never Spring's
 * default page, an exception's name, its message or a stack trace. Runs against the real server,
 * because these pages come from the servlet container's error handling, which MockMvc skips.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class ErrorPagesTests {

    private static final String SECRET = "SECRET-DETAIL";
    private static final String SQL = "select password_hashes from account where organisation_id = ?";
    private static final String PATH = "/srv/improvement-tracker/uploads/council-7/values.csv";

    /** Routes that exist only in this test, failing the way a bug in a controller would. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FailingRoutes {

        @Bean
        FailingPage failingPage() {
            return new FailingPage();
        }

        @Bean
        FailingApi failingApi() {
            return new FailingApi();
        }
    }

    @Controller
    static class FailingPage {

        @GetMapping("/test-only/failure")
        String fail() {
            throw new IllegalStateException(SECRET + ": connection to db-prod-7 refused for user tracker_admin");
        }

        @GetMapping("/test-only/sql-failure")
        String failInSql() {
            throw badSql();
        }

        @GetMapping("/test-only/file-failure")
        String failOnAFile() {
            throw missingFile();
        }
    }

    @RestController
    static class FailingApi {

        @GetMapping("/api/test-only/failure")
        Map<String, String> fail() {
            throw new IllegalStateException(SECRET + ": connection to db-prod-7 refused for user tracker_admin");
        }

        @GetMapping("/api/test-only/sql-failure")
        Map<String, String> failInSql() {
            throw badSql();
        }

        @GetMapping("/api/test-only/file-failure")
        Map<String, String> failOnAFile() {
            throw missingFile();
        }
    }

    /** What a broken query throws: the statement and the database's own words, which must not reach anyone. */
    private static BadSqlGrammarException badSql() {
        return new BadSqlGrammarException("reading accounts", SQL,
                new SQLException("ERROR: column \"password_hashes\" does not exist", "42703"));
    }

    /** What a missing file throws: its path on the server, which must not reach anyone. */
    private static UncheckedIOException missingFile() {
        return new UncheckedIOException(new FileNotFoundException(PATH + " (No such file or directory)"));
    }

    @Autowired
    TestData testData;

    @LocalServerPort
    int port;

    Organisation organisation;
    WebSession session;

    @BeforeEach
    void signIn() {
        organisation = testData.organisation();
        session = new WebSession(port).signIn(organisation.username(Role.PLAN_OWNER), TestData.PASSWORD);
    }

    @Test
    void unknownAddressShowsOurNotFoundPage() {
        WebSession.Page page = session.get("/no-such-page");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertOurPage(page.body(), "Page not found");
        assertThat(Html.text(page.body())).contains("If you typed the web address, check it is correct.",
                organisation.name());
    }

    @Test
    void unknownRecordShowsOurNotFoundPage() {
        for (String path : List.of("/plans/999999999", "/plans/999999999/actions/999999999", "/people/999999999/edit")) {
            WebSession.Page page = session.get(path);

            assertThat(page.status()).as(path).isEqualTo(404);
            assertOurPage(page.body(), "Page not found");
        }
    }

    @Test
    void anyoneSeesOurNotFoundPageForAMissingAsset() {
        WebSession.Page page = new WebSession(port).get("/css/no-such-file.css");

        assertThat(page.status()).isEqualTo(404);
        assertOurPage(page.body(), "Page not found");
        assertThat(page.body()).doesNotContain("Sign out");
    }

    @Test
    void serverErrorShowsOurPageWithoutTheDetails() {
        WebSession.Page page = session.get("/test-only/failure");

        assertThat(page.status()).isEqualTo(500);
        assertOurPage(page.body(), "Sorry, there is a problem with the service");
        assertThat(page.body()).doesNotContain("db-prod-7", "IllegalState");
    }

    @Test
    void aFailingQueryOrAMissingFileShowsOurPageWithoutSqlOrPaths() {
        for (String path : List.of("/test-only/sql-failure", "/test-only/file-failure")) {
            WebSession.Page page = session.get(path);

            assertThat(page.status()).as(path).isEqualTo(500);
            assertOurPage(page.body(), "Sorry, there is a problem with the service");
            assertNoSqlOrPaths(page.body());
        }
    }

    @Test
    void apiFailingQueryOrMissingFileGivesAProblemWithoutSqlOrPaths() {
        for (String path : List.of("/api/test-only/sql-failure", "/api/test-only/file-failure")) {
            WebSession.Page response = api("GET", path, null);

            assertThat(response.status()).as(path).isEqualTo(500);
            assertThat(response.contentType()).as(path).contains("json");
            assertNoSqlOrPaths(response.body());
            assertThat(response.body()).doesNotContain("Exception", "at org.", "trace");
        }
    }

    @Test
    void illFormedAddressesShowOurPageNotAConversionError() {
        long planId = testData.plan(organisation, PlanStatus.ACTIVE);

        for (String path : List.of("/plans/not-a-number", "/plans/" + planId + "/actions?lead=somebody",
                "/plans/" + planId + "/sections/1e99")) {
            WebSession.Page page = session.get(path);

            assertThat(page.status()).as(path).isEqualTo(400);
            assertOurPage(page.body(), "Something went wrong");
            assertThat(page.body()).as(path).doesNotContain("java.lang", "NumberFormat", "convert");
        }
    }

    @Test
    void tamperedFormValuesGetAPlainMessageNotJavaTypeNames() {
        WebSession.Page page = session.post("/plans/new", Map.of("title", "Tampered plan", "status", "PUBLISHED",
                "ratingScale", "STARS"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("There is a problem", "Choose one of the options given")
                .doesNotContain("java.lang", "org.improvementtracker", "Failed to convert", "Exception");
    }

    @Test
    void forbiddenPageIsOurs() {
        WebSession viewer = new WebSession(port).signIn(organisation.username(Role.VIEWER), TestData.PASSWORD);

        WebSession.Page page = viewer.get("/plans/new");

        assertThat(page.status()).isEqualTo(403);
        assertOurPage(page.body(), "You cannot do that");
    }

    @Test
    void apiServerErrorGivesNoDetails() {
        WebSession.Page response = api("GET", "/api/test-only/failure", null);

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.contentType()).contains("json");
        assertThat(response.body()).doesNotContain(SECRET, "db-prod-7", "Exception", "at org.", "trace");
    }

    @Test
    void apiErrorsNeverShowExceptionsOrStackTraces() {
        List<WebSession.Page> responses = List.of(
                api("GET", "/api/no-such-thing", null),
                api("GET", "/api/plans/not-a-number", null),
                api("GET", "/api/plans/999999999", null),
                api("DELETE", "/api/plans", null),
                api("POST", "/api/plans", "{\"title\": "),
                api("POST", "/api/plans", "{\"title\": \"Dated\", \"startsOn\": \"2026-02-31\"}"),
                api("POST", "/api/plans", "{\"title\": \"" + "x".repeat(301) + "\"}"),
                session.send("POST", "/api/plans", "title=Form", "Content-Type", "application/x-www-form-urlencoded",
                        "Authorization", basic(organisation.username(Role.PLAN_OWNER))),
                session.send("GET", "/api/plans", null, "Authorization", basic("nobody")),
                api("PUT", "/api/plans/999999999/actions/999999999", "{\"sectionId\": 1, \"reference\": \"x\","
                        + " \"description\": \"y\", \"version\": 0}"));

        assertThat(responses).extracting(WebSession.Page::status)
                .containsExactly(404, 400, 404, 405, 400, 400, 400, 415, 401, 404);
        for (WebSession.Page response : responses) {
            assertThat(response.contentType()).as(response.body()).contains("json");
            assertThat(response.body()).doesNotContain("Exception", "at org.", "java.", "tools.jackson", "trace");
        }
    }

    private WebSession.Page api(String method, String path, String json) {
        return json == null
                ? session.send(method, path, null, "Accept", "application/json", "Authorization",
                        basic(organisation.username(Role.PLAN_OWNER)))
                : session.send(method, path, json, "Content-Type", "application/json", "Accept", "application/json",
                        "Authorization", basic(organisation.username(Role.PLAN_OWNER)));
    }

    private static String basic(String username) {
        return WebSession.basic(username, TestData.PASSWORD);
    }

    private static void assertNoSqlOrPaths(String body) {
        assertThat(body).doesNotContain("select ", "password_hashes", "42703", "/srv/", "values.csv", ".java",
                "No such file");
    }

    private static void assertOurPage(String body, String heading) {
        assertThat(body).contains("<h1 class=\"govuk-heading-l\">" + heading + "</h1>", "class=\"govuk-template\"",
                "govuk-header", "govuk-footer", "<title>" + heading + " – Improvement Tracker</title>");
        assertThat(body).doesNotContain("Whitelabel", "Exception", "at org.", "at java.", SECRET, "status=",
                "There was an unexpected error");
    }
}
