package org.homeward.app.identification.web;

import java.util.List;

import jakarta.validation.Valid;

import org.homeward.app.identification.NewReassociation;
import org.homeward.app.identification.Reassociation;
import org.homeward.app.identification.ReassociationId;
import org.homeward.app.identification.Reassociations;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Re-association of further parts over REST: propose (a first analyst), confirm or reject (a second one). */
@RestController
@RequestMapping("/api/identification/reassociations")
@RequiresPermission(Permission.IDENTIFICATION_REVIEW)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReassociationApi {

    private final Reassociations reassociations;

    @GetMapping
    List<Reassociation> reassociations() {
        return reassociations.recent();
    }

    @PostMapping
    Reassociation propose(@Valid @RequestBody NewReassociation body) {
        return reassociations.propose(body);
    }

    @PostMapping("/{id}/confirmation")
    Reassociation confirm(@PathVariable ReassociationId id, @Valid @RequestBody DecisionNote body) {
        return reassociations.confirm(id, body.reason());
    }

    @PostMapping("/{id}/rejection")
    Reassociation reject(@PathVariable ReassociationId id, @Valid @RequestBody DecisionReason body) {
        return reassociations.reject(id, body.reason());
    }
}
