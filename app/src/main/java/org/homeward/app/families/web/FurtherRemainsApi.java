package org.homeward.app.families.web;

import java.util.List;

import jakarta.validation.Valid;

import org.homeward.app.families.FurtherRemains;
import org.homeward.app.families.FurtherRemainsSteps;
import org.homeward.app.families.NewFurtherRemainsStep;
import org.homeward.app.families.NotificationId;
import org.homeward.app.identification.ReassociationId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Further remains of identified persons over REST: a notification's further parts, and the family told of one. */
@RestController
@RequestMapping("/api/families")
@NotificationAccess
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FurtherRemainsApi {

    private final FurtherRemainsSteps furtherRemains;

    @GetMapping("/notifications/{id}/further-remains")
    List<FurtherRemains> ofNotification(@PathVariable NotificationId id) {
        return furtherRemains.ofNotification(id);
    }

    @PostMapping("/further-remains/{reassociation}/informed")
    FurtherRemains informed(@PathVariable ReassociationId reassociation, @Valid @RequestBody NewFurtherRemainsStep body) {
        return furtherRemains.recordInformed(reassociation, body);
    }
}
