package org.homeward.app.remains.web;

import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.PAGE_SIZE;
import static org.homeward.app.web.Limits.PLACE_LENGTH;
import static org.homeward.app.web.Limits.WITNESSES;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.homeward.app.common.NotFoundException;
import org.homeward.app.chain.ChainVerification;
import org.homeward.app.jobs.JobSummary;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.common.Page;
import org.homeward.app.lists.ListForm;
import org.homeward.app.remains.Bag;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.SampleCode;
import org.homeward.app.remains.CustodyEvent;
import org.homeward.app.remains.CustodyItem;
import org.homeward.app.remains.CustodyLog;
import org.homeward.app.remains.Examination;
import org.homeward.app.remains.Handover;
import org.homeward.app.remains.ItemKind;
import org.homeward.app.remains.ManifestImportJobs;
import org.homeward.app.remains.ManifestPreview;
import org.homeward.app.remains.NationalityAssessment;
import org.homeward.app.remains.NewBag;
import org.homeward.app.remains.NewBagLabel;
import org.homeward.app.remains.NewBulkCustody;
import org.homeward.app.remains.NewCustodyEvent;
import org.homeward.app.remains.NewEffect;
import org.homeward.app.remains.NewExamination;
import org.homeward.app.remains.NewLink;
import org.homeward.app.remains.NewNationalityAssessment;
import org.homeward.app.remains.NewRemains;
import org.homeward.app.remains.NewReturn;
import org.homeward.app.remains.NewSample;
import org.homeward.app.remains.NewSplit;
import org.homeward.app.remains.PersonalEffect;
import org.homeward.app.remains.Receipt;
import org.homeward.app.remains.ReceiptResult;
import org.homeward.app.remains.RemainsFile;
import org.homeward.app.remains.RemainsLab;
import org.homeward.app.remains.RemainsLink;
import org.homeward.app.remains.RemainsProfile;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.RemainsReturns;
import org.homeward.app.remains.RemainsSplits;
import org.homeward.app.remains.RemainsSummary;
import org.homeward.app.remains.Sample;
import org.homeward.app.remains.WorkQueue;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.JobAnswers;
import org.homeward.app.web.UploadedFiles;
import org.homeward.formats.common.Strictness;
import org.homeward.app.genetics.LabResultJobs;
import org.homeward.app.genetics.LabSide;
import org.springframework.format.annotation.DateTimeFormat;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The REST API of the remains register, under {@code /api/remains}. Refusals are problem details
 * whose {@code errors} name the path of each refused value (or the row and column of an imported file).
 */
@RestController
@RequestMapping("/api/remains")
@RemainsAccess
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RemainsApi {

    record Failure(@NotBlank @Size(max = NOTE_LENGTH) String reason) {
    }

    record Created(String code) {
    }

    record ReturnCreated(TransferId transfer) {
    }

    record SplitCreated(List<String> bodyNumbers) {
    }

    private final RemainsRegister register;
    private final RemainsLab lab;
    private final LabResultJobs labJobs;
    private final ManifestImportJobs manifestImports;
    private final JobAnswers answers;
    private final CustodyLog custody;
    private final RemainsReturns returns;
    private final RemainsSplits splits;

    // --- receipt --------------------------------------------------------------------------------------

    @GetMapping("/transfers/{transfer}/receipt")
    Receipt receipt(@PathVariable TransferId transfer) {
        return register.receipt(transfer);
    }

    @PostMapping("/transfers/{transfer}/bags")
    @ResponseStatus(HttpStatus.CREATED)
    ReceiptResult registerBag(@PathVariable TransferId transfer, @Valid @RequestBody NewBag bag) {
        return register.registerBag(transfer, bag);
    }

    @PostMapping("/transfers/{transfer}/labels")
    @ResponseStatus(HttpStatus.CREATED)
    Bag recordBagLabel(@PathVariable TransferId transfer, @Valid @RequestBody NewBagLabel label) {
        return register.recordBagLabel(transfer, label);
    }

    @PostMapping("/transfers/{transfer}/manifest/preview")
    ManifestPreview previewManifest(@PathVariable TransferId transfer, @RequestPart("file") MultipartFile file,
                                    @RequestParam(defaultValue = "STRICT") Strictness strictness) throws IOException {
        return register.previewManifest(transfer, file.getOriginalFilename(), file.getBytes(), strictness);
    }

    /**
     * Registers a manifest in the background, all or nothing: 202 and the job's address, whose result is
     * the bags and body numbers registered or, for a refused manifest, each problem at its line and column.
     * The handover (time, place, witnesses) is recorded as each body's first custody event.
     */
    @PostMapping("/transfers/{transfer}/manifest")
    @Operation(summary = "Register a transfer's manifest, in the background; follow the job at its address (Location)")
    @ApiResponse(responseCode = "202", description = "The registration is asked for; its job is at the Location",
            headers = @Header(name = "Location", description = "The job's address: GET it for status, progress and result"))
    ResponseEntity<JobSummary> importManifest(@PathVariable TransferId transfer, @RequestPart("file") MultipartFile file,
                                              @RequestParam(defaultValue = "STRICT") Strictness strictness,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant handedOverAt,
                                              @RequestParam(required = false) @Size(max = PLACE_LENGTH) String place,
                                              @RequestParam(required = false) @Size(max = WITNESSES) List<@Size(max = NAME_LENGTH) String> witness) {
        Handover handover = new Handover(handedOverAt, place, null, null, witness, null);
        return answers.accepted(manifestImports.start(transfer, file.getOriginalFilename(),
                UploadedFiles.content(file, "choose a manifest file"), strictness, handover));
    }

    @PostMapping("/returns")
    @ResponseStatus(HttpStatus.CREATED)
    ReturnCreated returnToOtherSide(@Valid @RequestBody NewReturn request) {
        return new ReturnCreated(returns.returnToOtherSide(request));
    }

    // --- remains ------------------------------------------------------------------------------------

    @GetMapping
    Page<RemainsSummary> search(@Valid @ParameterObject ListForm listForm) {
        return register.remains(listForm.query());
    }

    @GetMapping("/{bodyNumber}")
    RemainsFile remains(@PathVariable BodyNumber bodyNumber) {
        return register.file(bodyNumber);
    }

    @PostMapping("/parts")
    @ResponseStatus(HttpStatus.CREATED)
    Created registerRemains(@Valid @RequestBody NewRemains request) {
        return new Created(register.registerRemains(request));
    }

    @PostMapping("/{bodyNumber}/split")
    @ResponseStatus(HttpStatus.CREATED)
    SplitCreated split(@PathVariable BodyNumber bodyNumber, @Valid @RequestBody NewSplit request) {
        return new SplitCreated(splits.split(bodyNumber, request));
    }

    @PostMapping("/{bodyNumber}/examinations")
    @ResponseStatus(HttpStatus.CREATED)
    Examination examine(@PathVariable BodyNumber bodyNumber, @Valid @RequestBody NewExamination request) {
        return register.examine(bodyNumber, request);
    }

    @PostMapping("/{bodyNumber}/effects")
    @ResponseStatus(HttpStatus.CREATED)
    PersonalEffect addEffect(@PathVariable BodyNumber bodyNumber, @Valid @RequestBody NewEffect request) {
        return register.addEffect(bodyNumber, request);
    }

    @PostMapping("/{bodyNumber}/nationality")
    @ResponseStatus(HttpStatus.CREATED)
    NationalityAssessment assessNationality(@PathVariable BodyNumber bodyNumber, @Valid @RequestBody NewNationalityAssessment request) {
        return register.assessNationality(bodyNumber, request);
    }

    @PostMapping("/{bodyNumber}/links")
    @ResponseStatus(HttpStatus.CREATED)
    RemainsLink link(@PathVariable BodyNumber bodyNumber, @Valid @RequestBody NewLink request) {
        return register.link(bodyNumber, request);
    }

    @PostMapping("/{bodyNumber}/samples")
    @ResponseStatus(HttpStatus.CREATED)
    Sample takeSample(@PathVariable BodyNumber bodyNumber, @Valid @RequestBody NewSample request) {
        return lab.takeSample(bodyNumber, request);
    }

    // --- custody ----------------------------------------------------------------------------------

    @GetMapping("/custody")
    List<CustodyEvent> custody(@RequestParam ItemKind kind, @RequestParam @Size(max = CODE_LENGTH) String code) {
        return custody.events(new CustodyItem(kind, code));
    }

    @PostMapping("/custody")
    @ResponseStatus(HttpStatus.CREATED)
    CustodyEvent recordCustody(@RequestParam ItemKind kind, @RequestParam @Size(max = CODE_LENGTH) String code,
                               @Valid @RequestBody NewCustodyEvent event) {
        return custody.record(new CustodyItem(kind, code), event);
    }

    /** Events recorded in bulk: how many, and the first and last event numbers of the register's chain. */
    record BulkRecorded(int items, long firstEvent, long lastEvent) {
    }

    @PostMapping("/custody/bulk")
    @ResponseStatus(HttpStatus.CREATED)
    BulkRecorded recordCustodyForEach(@Valid @RequestBody NewBulkCustody request) {
        List<CustodyEvent> recorded = custody.recordForEach(request);
        return new BulkRecorded(recorded.size(), recorded.get(0).seq(), recorded.get(recorded.size() - 1).seq());
    }

    @GetMapping("/custody/verification")
    ChainVerification verify() {
        return custody.verify();
    }

    // --- samples and the lab --------------------------------------------------------------------------

    @GetMapping("/samples/{code}")
    Sample sample(@PathVariable SampleCode code) {
        return lab.sample(code);
    }

    @PostMapping("/samples/{code}/failure")
    @RequiresPermission(Permission.PROFILES_WRITE)
    Sample recordFailure(@PathVariable SampleCode code, @Valid @RequestBody Failure failure) {
        return lab.recordFailure(code, failure.reason());
    }

    @PostMapping("/samples/{code}/resample")
    @ResponseStatus(HttpStatus.CREATED)
    Sample resample(@PathVariable SampleCode code, @Valid @RequestBody NewSample request) {
        return lab.resample(code, request);
    }

    /**
     * A GeneMapper export or CODIS CMF file as the multipart field {@code file}, attached to remains
     * samples in the background, all or nothing: 202 and the job's address, whose result is the import or the problems.
     */
    @PostMapping("/lab-results")
    @RequiresPermission(Permission.PROFILES_WRITE)
    @Operation(summary = "Attach a lab file to remains samples, in the background; follow the job at its address (Location)")
    @ApiResponse(responseCode = "202", description = "The import is asked for; its job is at the Location",
            headers = @Header(name = "Location", description = "The job's address: GET it for status, progress and result"))
    ResponseEntity<JobSummary> importResults(@RequestPart("file") MultipartFile file,
                                             @RequestParam(defaultValue = "STRICT") Strictness strictness) {
        return answers.accepted(labJobs.start(LabSide.remains, file.getOriginalFilename(), UploadedFiles.content(file, "choose a lab file"), strictness));
    }

    @GetMapping("/profiles")
    @RequiresPermission(Permission.PROFILES_READ)
    List<RemainsProfile> profiles() {
        return lab.profiles();
    }

    @GetMapping("/profiles/{code}")
    @RequiresPermission(Permission.PROFILES_READ)
    RemainsProfile profile(@PathVariable SampleCode code) {
        return lab.profile(code).orElseThrow(() -> new NotFoundException("profile", code.value()));
    }

    @GetMapping("/queues")
    Map<WorkQueue.Kind, WorkQueue> queues(@RequestParam(defaultValue = "" + PAGE_SIZE) int limit) {
        Map<WorkQueue.Kind, WorkQueue> queues = new java.util.EnumMap<>(WorkQueue.Kind.class);
        register.queues(limit).forEach(queue -> queues.put(queue.kind(), queue));
        return queues;
    }
}
