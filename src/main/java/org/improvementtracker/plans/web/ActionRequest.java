package org.improvementtracker.plans.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.improvementtracker.plans.ActionDetails;

/**
 * PUT /api/plans/{planId}/actions/{actionId}: the whole action, with the version the client read,
 * so a change made meanwhile by someone else is refused (409) rather than overwritten.
 */
record ActionRequest(
        @NotNull(message = "Give the section the action belongs to") Long sectionId,
        Long outcomeId,
        @NotBlank(message = "Enter the action's reference") @Size(max = 30, message = "must be 30 characters or fewer") String reference,
        @NotBlank(message = "Describe the action") @Size(max = 10000, message = "must be 10,000 characters or fewer") String description,
        Long leadPersonId,
        Long responsiblePersonId,
        @Size(max = 200, message = "must be 200 characters or fewer") String timescaleText,
        LocalDate dueDate,
        List<@NotBlank(message = "must not be blank") String> crossReferences,
        @NotNull(message = "Give the version you read, to guard against overwriting someone else's change") Integer version) {

    ActionDetails toDetails() {
        return new ActionDetails(sectionId, outcomeId, reference.strip(), description.strip(), leadPersonId,
                responsiblePersonId, timescaleText == null || timescaleText.isBlank() ? null : timescaleText.strip(),
                dueDate, crossReferences == null ? List.of() : crossReferences.stream().map(String::strip).toList());
    }
}
