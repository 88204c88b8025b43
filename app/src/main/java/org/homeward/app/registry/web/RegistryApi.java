package org.homeward.app.registry.web;

import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.MAX_ROWS;
import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.SHORT_TEXT_LENGTH;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.Page;
import org.homeward.app.jobs.JobSummary;
import org.homeward.app.lists.ListForm;
import org.homeward.app.registry.ContactDetails;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.Family;
import org.homeward.app.registry.FamilyId;
import org.homeward.app.registry.FamilyPedigree;
import org.homeward.app.registry.MissingPerson;
import org.homeward.app.registry.MissingPersonId;
import org.homeward.app.registry.MissingPersonStatus;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.NewMissingPerson;
import org.homeward.app.registry.NewReferenceSample;
import org.homeward.app.registry.NewRelative;
import org.homeward.app.registry.PedigreeWords;
import org.homeward.app.registry.PossibleDuplicate;
import org.homeward.app.registry.ReferenceSample;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.registry.RelationStatement;
import org.homeward.app.registry.Relative;
import org.homeward.app.registry.RelativeId;
import org.homeward.app.registry.StatusChange;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.security.SignedIn;
import org.homeward.app.web.JobAnswers;
import org.homeward.app.genetics.LabResultJobs;
import org.homeward.app.genetics.LabSide;
import org.homeward.formats.common.Strictness;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The registry's REST API under {@code /api/registry}: missing persons (search, report, status,
 * duplicates, merge), families (relatives, missing persons, relationships, pedigree), contact details
 * (restricted, audited), reference samples and consent, lab results. Refusals are problem details
 * naming the path of each refused value.
 */
@RestController
@RequestMapping("/api/registry")
@RegistryAccess
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegistryApi {

    record ReportBody(@Valid @NotNull NewMissingPerson missingPerson, @Valid NewRelative reporter) {
    }

    record AddMissingPersonBody(@Valid @NotNull NewMissingPerson missingPerson, @NotBlank @Size(max = SHORT_TEXT_LENGTH) String relationWords,
                                @NotBlank @Size(max = CODE_LENGTH) String relationOf) {
    }

    record StatusBody(@NotNull MissingPersonStatus status, @NotNull Integer version, @Size(max = NOTE_LENGTH) String note) {
    }

    record MergeBody(@NotBlank @Size(max = CODE_LENGTH) String survivorId, @NotBlank @Size(max = NOTE_LENGTH) String reason) {
    }

    record RelationshipsBody(@NotNull Integer version, @NotNull @Size(max = MAX_ROWS) List<@Valid @NotNull RelationStatement> statements) {
    }

    record WithdrawalBody(@NotBlank @Size(max = NOTE_LENGTH) String reason) {
    }

    /** A missing person with the history of their status and the reports that may be theirs too. */
    record PersonView(MissingPerson person, List<StatusChange> history, List<MissingPerson> possibleDuplicates) {
    }

    /** A family's pedigree without its drawing (get that from {@code pedigree.svg}). */
    record PedigreeView(long familyId, boolean built, List<String> persons, List<String> placeholders, List<String> problems) {
    }

    private final MissingPersons missingPersons;
    private final Families families;
    private final ReferenceSamples samples;
    private final LabResultJobs labResults;
    private final JobAnswers answers;

    private final MessageSource messages;

    @GetMapping("/missing-persons")
    Page<MissingPerson> search(@Valid @ParameterObject ListForm listForm) {
        return missingPersons.search(listForm.query());
    }

    @PostMapping("/missing-persons")
    ResponseEntity<MissingPersons.Report> report(@Valid @RequestBody ReportBody body) {
        MissingPersons.Report report = missingPersons.reportMissing(body.missingPerson(), body.reporter());
        return ResponseEntity.created(URI.create("/api/registry/missing-persons/" + report.missingPerson().id())).body(report);
    }

    @GetMapping("/missing-persons/{id}")
    PersonView person(@PathVariable MissingPersonId id) {
        return new PersonView(missingPersons.missingPerson(id.value()), missingPersons.statusHistory(id.value()), missingPersons.possibleDuplicatesOf(id.value()));
    }

    @PostMapping("/missing-persons/{id}/status")
    MissingPerson changeStatus(@PathVariable MissingPersonId id, @Valid @RequestBody StatusBody body) {
        return missingPersons.changeStatus(id.value(), body.version(), body.status(), body.note());
    }

    @PostMapping("/missing-persons/{id}/merge")
    MissingPerson merge(@PathVariable MissingPersonId id, @Valid @RequestBody MergeBody body) {
        return missingPersons.merge(id.value(), body.survivorId(), body.reason());
    }

    @GetMapping("/duplicates")
    List<PossibleDuplicate> duplicates(@RequestParam(defaultValue = "100") int limit) {
        return missingPersons.possibleDuplicates(limit);
    }

    @GetMapping("/families/{id}")
    Family family(@PathVariable FamilyId id) {
        return families.family(id.value());
    }

    @GetMapping("/families/{id}/pedigree")
    PedigreeView pedigree(@PathVariable FamilyId id) {
        FamilyPedigree pedigree = families.pedigree(id.value());
        return new PedigreeView(id.value(), pedigree.built(), pedigree.built() ? pedigree.pedigree().ids() : List.of(), pedigree.placeholders(),
                pedigree.problems());
    }

    @GetMapping("/families/{id}/pedigree.svg")
    ResponseEntity<String> pedigreeSvg(@PathVariable FamilyId id, Locale locale) {
        FamilyPedigree pedigree = families.pedigree(id.value());
        if (!pedigree.built()) {
            throw new InputRefusedException(pedigree.problems().stream().map(p -> new InputRefusedException.Problem("relationships", p))
                    .toList());
        }
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8")).body(pedigree.svg(PedigreeWords.in(messages, locale)));
    }

    @PutMapping("/families/{id}/relationships")
    PedigreeView correctRelationships(@PathVariable FamilyId id, @Valid @RequestBody RelationshipsBody body) {
        FamilyPedigree pedigree = families.correctRelationships(id.value(), body.version(), body.statements());
        return new PedigreeView(id.value(), true, pedigree.pedigree().ids(), pedigree.placeholders(), pedigree.problems());
    }

    @PostMapping("/families/{id}/relatives")
    ResponseEntity<Relative> addRelative(@PathVariable FamilyId id, @Valid @RequestBody NewRelative body) {
        Relative relative = families.addRelative(id.value(), body);
        return ResponseEntity.created(URI.create("/api/registry/families/" + id)).body(relative);
    }

    @PostMapping("/families/{id}/missing-persons")
    ResponseEntity<MissingPersons.Report> addMissingPerson(@PathVariable FamilyId id, @Valid @RequestBody AddMissingPersonBody body) {
        MissingPersons.Report report = missingPersons.addMissingPerson(id.value(), body.missingPerson(), body.relationWords(), body.relationOf());
        return ResponseEntity.created(URI.create("/api/registry/missing-persons/" + report.missingPerson().id())).body(report);
    }

    /** FAMILY_CONTACT_READ or a break-glass grant for family-contact:{id}, checked by the facade; every read audited. */
    @GetMapping("/relatives/{id}/contact")
    @SignedIn
    ResponseEntity<ContactDetails> contact(@PathVariable RelativeId id) {
        return ResponseEntity.of(families.contact(id.value()));
    }

    @PutMapping("/relatives/{id}/contact")
    @RequiresPermission(Permission.FAMILY_CONTACT_WRITE)
    ResponseEntity<Void> updateContact(@PathVariable RelativeId id, @Valid @RequestBody ContactDetails body) {
        families.updateContact(id.value(), body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/relatives/{id}/samples")
    @RequiresPermission(Permission.CONSENT_WRITE)
    ResponseEntity<ReferenceSample> recordSample(@PathVariable RelativeId id, @Valid @RequestBody NewReferenceSample body) {
        ReferenceSample sample = samples.recordReferenceSample(id.value(), body);
        return ResponseEntity.created(URI.create("/api/registry/samples/" + sample.sampleCode())).body(sample);
    }

    @GetMapping("/samples/{code}")
    ReferenceSample sample(@PathVariable String code) {
        return samples.referenceSample(code);
    }

    @PostMapping("/samples/{code}/consent/withdrawal")
    @RequiresPermission(Permission.CONSENT_WRITE)
    ReferenceSample withdrawConsent(@PathVariable String code, @Valid @RequestBody WithdrawalBody body) {
        return samples.withdrawConsent(code, body.reason());
    }

    /**
     * A GeneMapper export or CODIS CMF file as the multipart field {@code file}, attached in the
     * background, all or nothing: 202 and the job's address, whose result is the import or the problems.
     */
    @PostMapping("/lab-results")
    @RequiresPermission(Permission.PROFILES_WRITE)
    @Operation(summary = "Attach a lab file to reference samples, in the background; follow the job at its address (Location)")
    @ApiResponse(responseCode = "202", description = "The import is asked for; its job is at the Location",
            headers = @Header(name = "Location", description = "The job's address: GET it for status, progress and result"))
    ResponseEntity<JobSummary> labResults(@RequestParam("file") MultipartFile file) throws IOException {
        return answers.accepted(labResults.start(LabSide.references, file.getOriginalFilename(), file.getBytes(), Strictness.STRICT));
    }
}
