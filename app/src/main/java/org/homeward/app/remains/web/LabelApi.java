package org.homeward.app.remains.web;

import java.util.List;

import jakarta.validation.Valid;

import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.LabelContradiction;
import org.homeward.app.remains.LabelStatements;
import org.homeward.app.remains.NewStatedIdentity;
import org.homeward.app.remains.StatedIdentity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Label versus DNA over REST: what a label, manifest or handover stated of a body, and its contradictions with the DNA result. */
@RestController
@RequestMapping("/api/remains")
@RemainsAccess
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LabelApi {

    private final LabelStatements labels;

    @GetMapping("/{bodyNumber}/stated-identity")
    List<StatedIdentity> statements(@PathVariable BodyNumber bodyNumber) {
        return labels.statements(bodyNumber);
    }

    @PostMapping("/{bodyNumber}/stated-identity")
    StatedIdentity state(@PathVariable BodyNumber bodyNumber, @Valid @RequestBody NewStatedIdentity body) {
        return labels.record(bodyNumber, body);
    }

    @GetMapping("/{bodyNumber}/label-contradictions")
    List<LabelContradiction> contradictions(@PathVariable BodyNumber bodyNumber) {
        return labels.contradictions(bodyNumber);
    }
}
