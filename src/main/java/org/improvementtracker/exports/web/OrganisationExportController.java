package org.improvementtracker.exports.web;

import java.io.IOException;
import java.io.InputStream;

import org.improvementtracker.accounts.AdministratorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.exports.OrganisationExport;
import org.improvementtracker.exports.OrganisationRestore;
import org.improvementtracker.support.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An administrator's export of their own organisation, and its restore into a new, empty one. Another
 * organisation's id is not found, even for someone who administers that one too: they switch to it first.
 */
@RestController
@AdministratorsOnly
class OrganisationExportController {

    private final OrganisationExport export;
    private final OrganisationRestore restore;

    OrganisationExportController(OrganisationExport export, OrganisationRestore restore) {
        this.export = export;
        this.restore = restore;
    }

    @GetMapping("/api/organisations/{organisationId}/export")
    void export(@AuthenticationPrincipal SignedInUser user, @PathVariable long organisationId,
            HttpServletResponse response) throws IOException {
        ownOrganisation(user, organisationId);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("organisation-" + organisationId + ".json").build().toString());
        export.write(organisationId, response.getOutputStream());
    }

    /** The body is the document an export wrote; 204 once everything in it is saved, 400 naming a problem. */
    @PostMapping(path = "/api/organisations/{organisationId}/restore", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> restore(@AuthenticationPrincipal SignedInUser user, @PathVariable long organisationId,
            InputStream body) {
        ownOrganisation(user, organisationId);
        restore.restore(organisationId, user.accountId(), body);
        return ResponseEntity.noContent().build();
    }

    private static void ownOrganisation(SignedInUser user, long organisationId) {
        if (user.organisationId() != organisationId) {
            throw new NotFoundException("Organisation", organisationId);
        }
    }
}
