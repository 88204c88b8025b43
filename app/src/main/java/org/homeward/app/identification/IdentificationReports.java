package org.homeward.app.identification;

import static org.homeward.app.security.Permission.DATA_EXPORT;
import static org.homeward.app.security.Permission.IDENTIFICATION_REVIEW;
import static org.homeward.app.security.Permission.MISSING_READ;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.identification.store.ScreeningModelStore;
import org.homeward.app.registry.MissingPerson;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.security.Actor;
import org.homeward.app.security.RequiresPermission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The identification report of a confirmed identification: an audited export, in the reader's language. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IdentificationReports {

    private final Identification identification;
    private final MissingPersons missingPersons;
    private final IdentificationReport writer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ScreeningModelStore models;
    private final IdentificationProperties properties;

    /**
     * The report as PDF in the language of the request (the user's chosen language): case, method,
     * pedigree, markers, LRs, prior and posterior, both analysts' decisions and a signature block. The
     * missing person is named only for a reader who may read the registry.
     */
    @Transactional
    @RequiresPermission(DATA_EXPORT)
    public byte[] report(DecisionId confirmed) {
        Decision confirmation = identification.decision(confirmed);
        if (confirmation.kind() != DecisionKind.CONFIRMED) {
            throw new IdentificationException("Decision " + confirmed + " is not a confirmed identification");
        }
        Decision proposal = identification.decision(new DecisionId(confirmation.proposalId()));
        CandidateDetail detail = identification.candidate(new CandidateId(confirmation.candidateId()));
        Optional<String> name = Actor.currentlyHolds(MISSING_READ)
                ? missingPersons.findMissingPerson(confirmation.missingPersonId()).map(MissingPerson::displayName)
                : Optional.empty();
        Locale locale = LocaleContextHolder.getLocale();
        ScreeningModel model = modelOf(detail.candidate().id());
        byte[] pdf = writer.write(new IdentificationReport.Content(detail, model, proposal, confirmation, name, clock.instant()), locale);
        events.publishEvent(AuditEvent.of("identification.report-exported", "identification-decision:" + confirmation.id())
                .with("sample", confirmation.sampleCode()).with("missing_person", confirmation.missingPersonId())
                .with("named", name.isPresent()).with("language", locale.toLanguageTag()).with("bytes", pdf.length));
        return pdf;
    }

    /** The model the candidate's LR was computed with, as its report states it (the candidate page shows it too). */
    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public ScreeningModel modelOf(CandidateId candidate) {
        return modelOf(candidate.value());
    }

    private ScreeningModel modelOf(long candidateId) {
        // A run made before models were recorded used θ = 0 and the bundled database, as the settings still say.
        return models.ofCandidate(candidateId).orElseGet(() -> ScreeningModel.of(properties));
    }
}
