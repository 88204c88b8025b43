package org.homeward.app.genetics;

import static org.homeward.app.web.Limits.MAX_ROWS;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.security.SignedIn;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The REST API of pseudonymised genetic data, for lab systems with API tokens: profiles under
 * sample codes, the link to the subject (restricted, audited), consent withdrawal. (Break-glass and
 * the signed-in user are security's: {@code AccountApi}.)
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GeneticDataApi {

    record ProfileBody(SampleKind kind, List<MarkerAlleles> markers, @Valid ConsentBody consent) {
    }

    record ConsentBody(ConsentScope scope, @Size(max = MAX_ROWS) Set<@Size(max = NAME_LENGTH) String> organisations) {
        Consent consent() {
            return new Consent(scope, organisations == null ? Set.of() : organisations);
        }
    }

    record WithdrawalBody(@Size(max = NOTE_LENGTH) String reason) {
    }

    private final GeneticData genetics;

    @PutMapping("/api/samples/{code}/profile")
    @RequiresPermission(Permission.PROFILES_WRITE)
    ResponseEntity<Void> storeProfile(@PathVariable String code, @Valid @RequestBody ProfileBody body) {
        if (body.kind() == null || body.markers() == null) {
            throw new InputRefusedException(body.kind() == null ? "kind" : "markers", "Give the sample's kind and markers");
        }
        if (body.kind() == SampleKind.REFERENCE) {
            if (body.consent() == null || body.consent().scope() == null) {
                throw new InputRefusedException("consent.scope", "A reference sample needs its donor's consent");
            }
            genetics.storeReferenceProfile(code, body.markers(), body.consent().consent());
        } else {
            genetics.storeRemainsProfile(code, body.markers());
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/samples/{code}/profile")
    @RequiresPermission(Permission.PROFILES_READ)
    ResponseEntity<GeneticProfile> profile(@PathVariable String code) {
        return ResponseEntity.of(genetics.profile(code));
    }

    /** Who the sample belongs to: GENETIC_LINK_READ or a break-glass grant, checked by the facade; audited. */
    @GetMapping("/api/samples/{code}/subject")
    @SignedIn
    ResponseEntity<SubjectRef> subject(@PathVariable String code) {
        return ResponseEntity.of(genetics.followLink(code));
    }

    @PutMapping("/api/samples/{code}/subject")
    @RequiresPermission(Permission.GENETIC_LINK_WRITE)
    ResponseEntity<Void> link(@PathVariable String code, @Valid @RequestBody SubjectRef subject) {
        genetics.link(code, subject);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/samples/{code}/consent/withdrawal")
    @RequiresPermission(Permission.CONSENT_WRITE)
    ResponseEntity<Void> withdrawConsent(@PathVariable String code, @Valid @RequestBody WithdrawalBody body) {
        genetics.withdrawConsent(code, body.reason() == null ? "" : body.reason());
        return ResponseEntity.noContent().build();
    }

}
