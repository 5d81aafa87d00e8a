package org.improvementtracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.improvementtracker.Routes.Route;
import org.improvementtracker.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may use which route, in one table: every route the application answers (read from the handler
 * mapping) has one line, and every line is tried for every role with a real request. Adding a route
 * without a line, or leaving a line whose route is gone, fails {@link #everyRouteHasALineAndEveryLineARoute}.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AuthorisationMatrixTests {

    /**
     * ok: the role may use the route, and the request succeeds (2xx, or a redirect other than to sign in);
     * 403: refused; sign-in: sent to the sign-in page (pages) or answered 401 (API). "partner" is a contributor
     * limited to named actions, asking about one of their named actions; "contributor" leads the action.
     */
    private static final String MATRIX = """
            route                                                          admin  owner  contributor  viewer  partner  signed-out
            GET    /                                                       ok     ok     ok           ok      ok       sign-in
            GET    /login                                                  ok     ok     ok           ok      ok       ok
            GET    /account                                                ok     ok     ok           ok      ok       sign-in
            POST   /account/sign-out-everywhere                            ok     ok     ok           ok      ok       sign-in
            GET    /account/tokens                                         ok     ok     ok           ok      ok       sign-in
            GET    /account/tokens/new                                     ok     ok     ok           ok      ok       sign-in
            POST   /account/tokens/new                                     ok     ok     ok           ok      ok       sign-in
            GET    /account/tokens/{tokenId}/revoke                        ok     ok     ok           ok      ok       sign-in
            POST   /account/tokens/{tokenId}/revoke                        ok     ok     ok           ok      ok       sign-in
            GET    /messages                                               ok     ok     ok           ok      ok       sign-in
            POST   /messages/read                                          ok     ok     ok           ok      ok       sign-in
            GET    /outbox                                                 ok     403    403          403     403      sign-in
            GET    /my-actions                                             ok     ok     ok           ok      ok       sign-in
            GET    /people                                                 ok     ok     ok           ok      403      sign-in
            GET    /people/new                                             ok     ok     403          403     403      sign-in
            POST   /people/new                                             ok     ok     403          403     403      sign-in
            GET    /people/{personId}/edit                                 ok     ok     403          403     403      sign-in
            POST   /people/{personId}/edit                                 ok     ok     403          403     403      sign-in
            GET    /invitation                                             ok     ok     ok           ok      ok       ok
            POST   /invitation                                             ok     ok     ok           ok      ok       ok
            POST   /organisation/switch                                    ok     ok     ok           ok      ok       sign-in
            GET    /organisation/members                                   ok     403    403          403     403      sign-in
            GET    /organisation/members/new                               ok     403    403          403     403      sign-in
            POST   /organisation/members/new                               ok     403    403          403     403      sign-in
            GET    /organisation/members/{accountId}/edit                  ok     403    403          403     403      sign-in
            POST   /organisation/members/{accountId}/edit                  ok     403    403          403     403      sign-in
            GET    /organisation/members/{accountId}/deactivate            ok     403    403          403     403      sign-in
            POST   /organisation/members/{accountId}/deactivate            ok     403    403          403     403      sign-in
            POST   /organisation/members/{accountId}/reactivate            ok     403    403          403     403      sign-in
            GET    /organisation/partners                                  ok     403    403          403     403      sign-in
            GET    /organisation/partners/{accountId}                      ok     403    403          403     403      sign-in
            POST   /organisation/partners/{accountId}                      ok     403    403          403     403      sign-in
            POST   /organisation/partners/{accountId}/limit                ok     403    403          403     403      sign-in
            POST   /organisation/partners/{accountId}/lift                 ok     403    403          403     403      sign-in
            GET    /audit                                                  ok     403    403          403     403      sign-in
            GET    /audit/export                                           ok     403    403          403     403      sign-in
            GET    /plans/{planId}/audit                                   ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/audit/export                            ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/actions/{actionId}/audit                ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/actions/{actionId}/audit/export         ok     ok     403          403     403      sign-in
            GET    /plans                                                  ok     ok     ok           ok      403      sign-in
            GET    /plans/new                                              ok     ok     403          403     403      sign-in
            POST   /plans/new                                              ok     ok     403          403     403      sign-in
            GET    /plans/{planId}                                         ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/edit                                    ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/edit                                    ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/remove                                  ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/remove                                  ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/dashboard                               ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/board-pack                              ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/board-pack/download                     ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/committee-summary                       ok     ok     ok           ok      403      sign-in
            POST   /plans/{planId}/committee-summary/introduction          ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/committee-summary/download              ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/exceptions-report                       ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/exceptions-report/download              ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/published                               ok     ok     ok           ok      403      sign-in
            POST   /plans/{planId}/published                               ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/published/new                           ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/published/{packId}/{format}             ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/timeline                                ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/rating-key                              ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/glossary                                ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/glossary/new                            ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/glossary/new                            ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/glossary/{termId}/edit                  ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/glossary/{termId}/edit                  ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/glossary/{termId}/remove                ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/sections/new                            ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/sections/new                            ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/sections/{sectionId}                    ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/sections/{sectionId}/edit               ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/sections/{sectionId}/edit               ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/sections/{sectionId}/move               ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/sections/{sectionId}/remove             ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/sections/{sectionId}/remove             ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/sections/{sectionId}/outcomes/new       ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/sections/{sectionId}/outcomes/new       ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/outcomes/{outcomeId}/edit               ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/outcomes/{outcomeId}/edit               ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/outcomes/{outcomeId}/move               ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/outcomes/{outcomeId}/remove             ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/outcomes/{outcomeId}/remove             ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/actions                                 ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/actions.csv                             ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/actions.xlsx                            ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/actions/new                             ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/actions/new                             ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/actions/{actionId}                      ok     ok     ok           ok      ok       sign-in
            GET    /plans/{planId}/actions/{actionId}/edit                 ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/actions/{actionId}/edit                 ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/actions/{actionId}/move                 ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/actions/{actionId}/remove               ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/actions/{actionId}/remove               ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/actions/{actionId}/history              ok     ok     ok           ok      ok       sign-in
            GET    /plans/{planId}/actions/{actionId}/updates/{periodId}   ok     ok     ok           ok      ok       sign-in
            POST   /plans/{planId}/actions/{actionId}/updates/{periodId}   ok     ok     ok           403     ok       sign-in
            GET    /plans/{planId}/actions/{actionId}/measures/new         ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/actions/{actionId}/measures/new         ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/measures/{measureId}/edit               ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/measures/{measureId}/edit               ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/measures/{measureId}/move               ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/measures/{measureId}/remove             ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/measures/{measureId}/remove             ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/initial-ratings                         ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/initial-ratings                         ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/periods                                 ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/periods/new                             ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/periods/new                             ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/periods/{periodId}                      ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/periods/{periodId}/edit                 ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/periods/{periodId}/edit                 ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/periods/{periodId}/open                 ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/periods/{periodId}/review               ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/periods/{periodId}/close                ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/periods/{periodId}/reopen               ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/periods/{periodId}/reopen               ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/periods/{periodId}/responses            ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/periods/{periodId}/updates/{updateId}   ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/periods/{periodId}/updates/{updateId}/approve  ok  ok  403          403     403      sign-in
            POST   /plans/{planId}/periods/{periodId}/updates/{updateId}/return   ok  ok  403          403     403      sign-in
            GET    /plans/{planId}/indicators                              ok     ok     ok           ok      403      sign-in
            GET    /plans/{planId}/indicators/new                          ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/indicators/new                          ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/indicators/values                       ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/indicators/values                       ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/indicators/upload                       ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/indicators/upload                       ok     ok     403          403     403      sign-in
            POST   /plans/{planId}/indicators/upload/save                  ok     ok     403          403     403      sign-in
            GET    /plans/{planId}/indicators/upload/template.csv          ok     ok     403          403     403      sign-in
            GET    /indicators/{indicatorId}                               ok     ok     ok           ok      403      sign-in
            GET    /indicators/{indicatorId}/edit                          ok     ok     403          403     403      sign-in
            POST   /indicators/{indicatorId}/edit                          ok     ok     403          403     403      sign-in
            GET    /indicators/{indicatorId}/archive                       ok     ok     403          403     403      sign-in
            POST   /indicators/{indicatorId}/archive                       ok     ok     403          403     403      sign-in
            GET    /api/plans                                              ok     ok     ok           ok      403      sign-in
            POST   /api/plans                                              ok     ok     403          403     403      sign-in
            GET    /api/plans/{planId}                                     ok     ok     ok           ok      403      sign-in
            PUT    /api/plans/{planId}/actions/{actionId}                  ok     ok     403          403     403      sign-in
            PUT    /api/plans/{planId}/actions/{actionId}/updates/{periodId}  ok  ok     ok           403     ok       sign-in
            GET    /api/plans/{planId}/actions/export                      ok     ok     ok           ok      403      sign-in
            GET    /api/plans/{planId}/scores                              ok     ok     ok           ok      403      sign-in
            GET    /api/plans/{planId}/board-pack                          ok     ok     ok           ok      403      sign-in
            GET    /api/plans/{planId}/summary                             ok     ok     ok           ok      403      sign-in
            GET    /api/plans/{planId}/exceptions                          ok     ok     ok           ok      403      sign-in
            GET    /api/plans/{planId}/summary/introduction                ok     ok     ok           ok      403      sign-in
            PUT    /api/plans/{planId}/summary/introduction                ok     ok     403          403     403      sign-in
            GET    /api/plans/{planId}/published                           ok     ok     ok           ok      403      sign-in
            POST   /api/plans/{planId}/published                           ok     ok     403          403     403      sign-in
            GET    /api/plans/{planId}/published/{packId}/{format}         ok     ok     ok           ok      403      sign-in
            GET    /api/plans/{planId}/timeline                            ok     ok     ok           ok      403      sign-in
            GET    /api/plans/{planId}/periods                             ok     ok     ok           ok      403      sign-in
            POST   /api/plans/{planId}/periods                             ok     ok     403          403     403      sign-in
            GET    /api/plans/{planId}/periods/{periodId}                  ok     ok     ok           ok      403      sign-in
            POST   /api/plans/{planId}/periods/{periodId}/open             ok     ok     403          403     403      sign-in
            POST   /api/plans/{planId}/periods/{periodId}/review           ok     ok     403          403     403      sign-in
            POST   /api/plans/{planId}/periods/{periodId}/close            ok     ok     403          403     403      sign-in
            POST   /api/plans/{planId}/periods/{periodId}/reopen           ok     ok     403          403     403      sign-in
            GET    /api/plans/{planId}/indicators                          ok     ok     ok           ok      403      sign-in
            POST   /api/plans/{planId}/indicators                          ok     ok     403          403     403      sign-in
            GET    /api/indicators/{indicatorId}                           ok     ok     ok           ok      403      sign-in
            PUT    /api/indicators/{indicatorId}                           ok     ok     403          403     403      sign-in
            PUT    /api/indicators/{indicatorId}/values/{month}            ok     ok     403          403     403      sign-in
            POST   /api/indicators/values                                  ok     ok     403          403     403      sign-in
            GET    /api/organisations                                      ok     ok     ok           ok      ok       sign-in
            GET    /api/organisations/{organisationId}/export              ok     403    403          403     403      sign-in
            POST   /api/organisations/{organisationId}/restore             ok     403    403          403     403      sign-in
            GET    /api/members                                            ok     403    403          403     403      sign-in
            GET    /api/members/{accountId}                                ok     403    403          403     403      sign-in
            POST   /api/members/invitations                                ok     403    403          403     403      sign-in
            PUT    /api/members/{accountId}/role                           ok     403    403          403     403      sign-in
            POST   /api/members/{accountId}/deactivate                     ok     403    403          403     403      sign-in
            POST   /api/members/{accountId}/reactivate                     ok     403    403          403     403      sign-in
            GET    /api/audit                                              ok     403    403          403     403      sign-in
            GET    /api/plans/{planId}/audit                               ok     ok     403          403     403      sign-in
            GET    /api/partners                                           ok     403    403          403     403      sign-in
            GET    /api/partners/{accountId}/actions                       ok     403    403          403     403      sign-in
            PUT    /api/partners/{accountId}/actions                       ok     403    403          403     403      sign-in
            DELETE /api/partners/{accountId}                               ok     403    403          403     403      sign-in
            GET    /imports/new                                            ok     ok     403          403     403      sign-in
            POST   /imports                                                ok     ok     403          403     403      sign-in
            GET    /imports/{importId}                                     ok     ok     403          403     403      sign-in
            GET    /imports/{importId}/mapping                             ok     ok     403          403     403      sign-in
            POST   /imports/{importId}/mapping                             ok     ok     403          403     403      sign-in
            POST   /imports/{importId}/commit                              ok     ok     403          403     403      sign-in
            POST   /api/imports                                            ok     ok     403          403     403      sign-in
            GET    /api/imports/{importId}                                 ok     ok     403          403     403      sign-in
            PUT    /api/imports/{importId}/mapping                         ok     ok     403          403     403      sign-in
            POST   /api/imports/{importId}/commit                          ok     ok     403          403     403      sign-in
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyRouteHasALineAndEveryLineARoute() {
        Set<String> routes = ourRoutes().stream().map(Route::toString).collect(Collectors.toCollection(TreeSet::new));
        Set<String> lines = Matrix.parse(MATRIX).keySet();

        List<String> linesToAdd = difference(routes, lines).stream().map(AuthorisationMatrixTests::blankLine).toList();

        assertThat(linesToAdd).as("routes without a line in MATRIX: add these, putting ok, 403 or sign-in for each ?")
                .isEmpty();
        assertThat(difference(lines, routes)).as("lines in MATRIX whose route no longer exists: remove them")
                .isEmpty();
    }

    @Test
    void everyRoleGetsWhatTheMatrixSays() throws Exception {
        Map<String, Map<Who, Outcome>> matrix = Matrix.parse(MATRIX);
        MatrixFixtures fixtures = new MatrixFixtures(context);
        List<String> wrong = new ArrayList<>();

        for (Route route : ourRoutes()) {
            Map<Who, Outcome> expected = matrix.get(route.toString());
            if (expected == null) {
                continue;
            }
            for (Who who : Who.values()) {
                // A request that may change something gets a fixture of its own, so none spoils another's.
                boolean changes = !route.isRead() && expected.get(who) == Outcome.ALLOWED;
                MatrixFixtures.Fixture fixture = fixtures.forRoute(route, changes);
                MockHttpServletResponse response = mvc.perform(requestFor(route, who, fixture)).andReturn().getResponse();
                String actual = Outcome.of(response);
                if (!actual.equals(expected.get(who).name())) {
                    wrong.add(route + " as " + who.column + ": expected " + expected.get(who) + ", got " + actual);
                }
            }
        }

        assertThat(wrong).as("answers that differ from MATRIX").isEmpty();
    }

    /** The routes of our controllers; Spring Boot's /error is only rendered by the container after a failure. */
    private List<Route> ourRoutes() {
        return Routes.all(mapping).stream()
                .filter(route -> route.handler().getBeanType().getPackageName().startsWith("org.improvementtracker"))
                .toList();
    }

    private AbstractMockHttpServletRequestBuilder<?> requestFor(Route route, Who who, MatrixFixtures.Fixture fixture) {
        String path = route.path(fixture.ids(who));
        // The API's upload takes the file as a multipart part; every other request is built the same way.
        boolean upload = route.toString().equals("POST /api/imports");
        AbstractMockHttpServletRequestBuilder<?> request = upload ? multipart(path).file(MatrixFixtures.planFile())
                : request(HttpMethod.valueOf(route.method().name()), path);
        if (upload) {
            request.accept(MediaType.APPLICATION_JSON);
        } else if (route.isApi()) {
            // Scores are read for a period, named as a parameter; other routes ignore it.
            request.accept(MediaType.APPLICATION_JSON).param("period", String.valueOf(fixture.ids(who).get("periodId")));
            if (!route.isRead()) {
                request.contentType(MediaType.APPLICATION_JSON).content(MatrixFixtures.apiBody(route, fixture))
                        .param("version", String.valueOf(fixture.version(route.target())));
            }
        } else if (route.isRead()) {
            // The invitation page is opened from its link; other pages ignore the parameter.
            request.param("token", fixture.invitationSecret());
        } else {
            request.with(csrf());
            fixture.formFields(route, who).forEach(request::param);
        }
        if (who.role != null) {
            request.with(user(fixture.user(who)));
        }
        return request;
    }

    /** A MATRIX line for the route, its outcomes still to be decided. */
    private static String blankLine(String route) {
        String[] methodAndPattern = route.split(" ", 2);
        return String.format("%-6s %-55s", methodAndPattern[0], methodAndPattern[1])
                + "  ?".repeat(Who.values().length);
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        Set<String> left = new TreeSet<>(these);
        left.removeAll(those);
        return left;
    }

    /** The columns of the matrix: the roles, a partner, and someone not signed in. */
    enum Who {
        ADMINISTRATOR("admin", Role.ADMINISTRATOR),
        PLAN_OWNER("owner", Role.PLAN_OWNER),
        CONTRIBUTOR("contributor", Role.CONTRIBUTOR),
        VIEWER("viewer", Role.VIEWER),
        PARTNER("partner", Role.CONTRIBUTOR),
        SIGNED_OUT("signed-out", null);

        final String column;
        final Role role;

        Who(String column, Role role) {
            this.column = column;
            this.role = role;
        }
    }

    enum Outcome {
        ALLOWED("ok"), FORBIDDEN("403"), SIGN_IN("sign-in");

        final String word;

        Outcome(String word) {
            this.word = word;
        }

        static Outcome ofWord(String word) {
            return Arrays.stream(values()).filter(outcome -> outcome.word.equals(word)).findFirst()
                    .orElseThrow(() -> new AssertionError("Unknown outcome \"" + word + "\" in MATRIX: use ok, 403 or sign-in"));
        }

        /** The outcome's name, or the status of a failure: a 4xx here means the fixture did not fit the route. */
        static String of(MockHttpServletResponse response) {
            int status = response.getStatus();
            String location = response.getRedirectedUrl();
            if (status == 401 || status == 302 && location != null && location.endsWith("/login")) {
                return SIGN_IN.name();
            }
            if (status == 403) {
                return FORBIDDEN.name();
            }
            if (status >= 400) {
                return "status " + status;
            }
            return ALLOWED.name();
        }
    }

    /** Reads MATRIX: a heading line, then "METHOD /pattern" and one outcome per column of {@link Who}. */
    static final class Matrix {

        private Matrix() {
        }

        static Map<String, Map<Who, Outcome>> parse(String table) {
            Map<String, Map<Who, Outcome>> lines = new LinkedHashMap<>();
            List<String> rows = table.lines().filter(line -> !line.isBlank()).skip(1).toList();
            for (String row : rows) {
                String[] cells = row.trim().split("\\s+");
                if (cells.length != 2 + Who.values().length) {
                    throw new AssertionError("MATRIX line needs a method, a route and " + Who.values().length
                            + " outcomes: " + row.trim());
                }
                Map<Who, Outcome> outcomes = new EnumMap<>(Who.class);
                for (Who who : Who.values()) {
                    outcomes.put(who, Outcome.ofWord(cells[2 + who.ordinal()]));
                }
                if (lines.put(cells[0] + " " + cells[1], outcomes) != null) {
                    throw new AssertionError("MATRIX has two lines for " + cells[0] + " " + cells[1]);
                }
            }
            return lines;
        }
    }
}
