package org.improvementtracker.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.improvementtracker.Html;
import org.improvementtracker.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Stylesheets, scripts, fonts and images: served from their own folders, for browsers to keep. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssetsTests {

    @LocalServerPort
    int port;

    @Autowired
    ResourceUrlProvider resources;

    @Test
    void pagesLinkToOurFilesByTheirContentAndEveryLinkedFileIsServedForCaching() {
        WebSession anyone = new WebSession(port);
        List<String> links = Html.all(anyone.get("/login").body(), "(?:href|src)=\"(/(?:css|js|webjars|assets)/[^\"]+)\"");

        assertThat(links).contains("/assets/images/favicon.ico", "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css")
                .anyMatch(link -> link.matches("/css/app-[0-9a-f]{32}\\.css"))
                .anyMatch(link -> link.matches("/js/app-[0-9a-f]{32}\\.js"));
        for (String link : links) {
            WebSession.Page file = anyone.get(link);
            assertThat(file.status()).as(link).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control")).as(link).hasValueSatisfying(
                    cache -> assertThat(cache).matches("max-age=(604800|31536000, public)"));
        }
    }

    @Test
    void onlyTheStaticFoldersAreLookedUpAsFiles() {
        // A catch-all /** looked up every link of every page on the class path (docs/benchmarks.md).
        assertThat(resources.getHandlerMap()).containsOnlyKeys("/css/**", "/js/**", "/webjars/**", "/assets/**");
        assertThat(resources.getForLookupPath("/plans/1/sections/2")).isNull();
    }
}
