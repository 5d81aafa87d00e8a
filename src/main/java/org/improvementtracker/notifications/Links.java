package org.improvementtracker.notifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Pages a notification points to. In-app the path is enough; an email needs the address users reach
 * the application at ({@code improvement-tracker.base-url}), since it is read outside it.
 */
@Component
class Links {

    static final String MY_ACTIONS = "/my-actions";

    private final String baseUrl;

    Links(@Value("${improvement-tracker.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    static String updateForm(long planId, long actionId, long periodId) {
        return "/plans/" + planId + "/actions/" + actionId + "/updates/" + periodId;
    }

    String absolute(String path) {
        return baseUrl + path;
    }
}
