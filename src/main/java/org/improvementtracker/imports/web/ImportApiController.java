package org.improvementtracker.imports.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.imports.ColumnMapping;
import org.improvementtracker.imports.Imports;
import org.improvementtracker.imports.PendingPreview;
import org.improvementtracker.support.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bringing a plan in through the API: upload (201 with the preview and an {@code importId}), look again,
 * change the mapping, commit (201 with the plan's id). {@code planId} previews against an existing plan's
 * scale and actions. Plan editors only; an upload is its uploader's.
 */
@RestController
@PlanEditorsOnly
class ImportApiController {

    private final Imports imports;
    private final JsonMapper json;

    ImportApiController(Imports imports, JsonMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @PostMapping("/api/imports")
    public ResponseEntity<ImportJson> upload(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String mapping,
            @RequestParam(required = false) Long planId) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "Send the plan as the multipart part 'file' (.docx, .xlsx or .csv)");
        }
        PendingPreview pending = imports.upload(user.organisationId(), user.accountId(), file.getOriginalFilename(),
                file.getBytes(), mapping(mapping), planId);
        return ResponseEntity.created(URI.create("/api/imports/" + pending.importId()))
                .body(json(user, pending, planId));
    }

    @GetMapping("/api/imports/{importId}")
    public ImportJson preview(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID importId,
            @RequestParam(required = false) Long planId) {
        return json(user, imports.preview(user.organisationId(), user.accountId(), importId, planId), planId);
    }

    /** The body is the whole mapping, {"A": "section", "C": "action", "H": "rating:01/18"}; columns left out are not imported. */
    @PutMapping("/api/imports/{importId}/mapping")
    public ImportJson changeMapping(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID importId,
            @RequestBody Map<String, String> mapping, @RequestParam(required = false) Long planId) {
        return json(user, imports.changeMapping(user.organisationId(), user.accountId(), importId, mapping, planId),
                planId);
    }

    @PostMapping("/api/imports/{importId}/commit")
    public ResponseEntity<Map<String, Long>> commit(@AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID importId, @RequestBody(required = false) CommitRequest request) {
        CommitRequest commit = request == null ? CommitRequest.NONE : request;
        long planId = imports.commit(user.organisationId(), user.accountId(), importId, commit.planId(),
                commit.choices());
        return ResponseEntity.created(URI.create("/api/plans/" + planId)).body(Map.of("planId", planId));
    }

    private ImportJson json(SignedInUser user, PendingPreview pending, Long planId) {
        return ImportJson.of(pending, planId == null ? null
                : imports.matching(user.organisationId(), planId, pending.preview()));
    }

    private ColumnMapping mapping(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return ColumnMapping.parse(json.readValue(given, new TypeReference<LinkedHashMap<String, String>>() {
            }));
        } catch (JacksonException notJson) {
            throw new InvalidInputException("mapping", "Send the mapping as a JSON object of column letter to field,"
                    + " such as {\"A\": \"section\", \"C\": \"action\", \"H\": \"rating:01/18\"}");
        }
    }
}
