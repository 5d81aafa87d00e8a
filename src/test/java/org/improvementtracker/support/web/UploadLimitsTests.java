package org.improvementtracker.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.WebSession;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A file over the upload limit (here 1 MB; 20 MB unless configured) gets the form again with the problem by
 * its file field, or a 413 problem detail on the API: never the "You cannot do that" page (the container
 * drops the form's CSRF token with the file), the container's error page or a stack trace. Over real HTTP,
 * because the container does the refusing.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=2MB"})
@Import(TestData.class)
class UploadLimitsTests {

    private static final byte[] TOO_LARGE = filled(1024 * 1024 + 512 * 1024);

    @Autowired
    TestData testData;

    @LocalServerPort
    int port;

    Organisation organisation;
    long planId;

    @BeforeEach
    void plan() {
        organisation = testData.organisation();
        planId = testData.plan(organisation, PlanStatus.ACTIVE);
    }

    @Test
    void anOversizeFileOnAPageGivesTheFormAgainWithTheProblemByItsField() {
        WebSession owner = new WebSession(port).signIn(organisation.username(Role.PLAN_OWNER), TestData.PASSWORD);
        String form = "/plans/" + planId + "/indicators/upload";
        owner.get(form);

        WebSession.Page refused = owner.postFile(form, "file", "values.csv", TOO_LARGE, "Accept", "text/html");

        assertThat(refused.status()).isEqualTo(303);
        assertThat(refused.location()).endsWith(form);
        WebSession.Page page = owner.get(form);
        assertThat(page.status()).isEqualTo(200);
        assertThat(Html.text(page.body())).contains("There is a problem", "The selected file must be smaller than 1 MB")
                .doesNotContain("You cannot do that");
        assertThat(page.body()).contains("href=\"#file\"", "id=\"file-error\"")
                .doesNotContain("Exception", "at org.", "Tomcat", "Whitelabel");
    }

    @Test
    void anOversizeFileOnTheApiIsA413ProblemNamingTheField() {
        WebSession script = new WebSession(port);

        WebSession.Page refused = script.postFile("/api/indicators/values", "file", "values.csv", TOO_LARGE,
                "Authorization", WebSession.basic(organisation.username(Role.PLAN_OWNER), TestData.PASSWORD),
                "Accept", "application/json");

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body()).contains("\"status\":413", "\"field\":\"file\"",
                "The selected file must be smaller than 1 MB").doesNotContain("Exception", "at org.", "Tomcat");
    }

    private static byte[] filled(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }
}
