package org.improvementtracker;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.improvementtracker.accounts.SignedInUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reads benchmarks time: a page over HTTP, an API call over HTTP Basic or with an API token, and the
 * server's own work.
 */
public final class BenchmarkRequests {

    private BenchmarkRequests() {
    }

    /**
     * The server's own work for an API read, through the whole filter chain and controller, with the
     * signed-in user already known: what an API token will cost, without BCrypt's deliberate slowness.
     */
    public static void serverRead(MockMvc mvc, String path, SignedInUser user) {
        try {
            int status = mvc.perform(get(path).with(user(user)).accept("application/json")).andReturn().getResponse()
                    .getStatus();
            if (status != 200) {
                throw new AssertionError(path + " answered " + status);
            }
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }

    /**
     * A page read in a signed-in session, or with {@code basic} an API read with that Authorization header
     * (HTTP Basic, or "Bearer itk_..." for an API token).
     */
    public static void pageRead(WebSession session, String path, String... basic) {
        WebSession.Page page = basic.length == 0 ? session.get(path)
                : session.send("GET", path, null, "Accept", "application/json", "Authorization", basic[0]);
        if (page.status() != 200) {
            throw new AssertionError(path + " answered " + page.status());
        }
    }
}
