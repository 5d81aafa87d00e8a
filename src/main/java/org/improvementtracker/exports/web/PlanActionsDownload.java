package org.improvementtracker.exports.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.improvementtracker.exports.PlanActions;
import org.improvementtracker.exports.PlanActionsFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/** The one way the pages and the API send a plan's actions: the file, named after the plan. */
final class PlanActionsDownload {

    private PlanActionsDownload() {
    }

    static void send(PlanActions.Rows rows, PlanActionsFile file, HttpServletResponse response) throws IOException {
        response.setContentType(file.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(rows.plan().title() + " - actions." + file.extension(), StandardCharsets.UTF_8)
                .build().toString());
        file.write(rows.rows(), response.getOutputStream());
    }
}
