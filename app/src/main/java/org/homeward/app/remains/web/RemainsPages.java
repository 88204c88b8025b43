package org.homeward.app.remains.web;

import static org.homeward.app.lists.ListExports.column;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;

import org.homeward.app.common.TypedId;
import org.homeward.app.jobs.ExportedList;
import org.homeward.app.jobs.ExportedLists;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobSummary;
import org.homeward.app.jobs.ListExportJobs;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.lists.ListExports;
import org.homeward.app.lists.ListForm;
import org.homeward.app.lists.Listing;
import org.homeward.app.remains.Bag;
import org.homeward.app.remains.BagCondition;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.CustodyLog;
import org.homeward.app.remains.LabelStatements;
import org.homeward.app.remains.ManifestImportJobs;
import org.homeward.app.remains.ReceiptResult;
import org.homeward.app.remains.RemainsKind;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.RemainsSummary;
import org.homeward.app.security.KeptPage;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.JobAnswers;
import org.homeward.app.web.PageForms;
import org.homeward.formats.common.Strictness;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The register's pages: the register and its transfers, a transfer's receipt (manifest import with
 * preview, one bag at a time, counts against the parties' claims) and the verification of the custody
 * chains. A body's page: {@link BodyPages}; samples and queues: {@link LabPages}; printable labels: {@link PrintedLabelPages}.
 */
@Controller
@RemainsAccess
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RemainsPages implements ExportedLists {

    /** The export of the register of remains. */
    private static final String REMAINS = "remains";
    /** The export of a transfer’s bags. */
    private static final String BAGS = "transfer-bags";

    static final List<ListExports.Column<RemainsSummary>> REMAINS_COLUMNS = List.of(column("body_number", RemainsSummary::bodyNumber),
            column("kind", RemainsSummary::kind), column("transfer_id", RemainsSummary::transfer),
            column("received_on", RemainsSummary::receivedOn), column("bag_numbers", r -> String.join(" ", r.bagNumbers())),
            column("condition", RemainsSummary::condition), column("nationality", RemainsSummary::nationality),
            column("last_custody", RemainsSummary::lastCustody), column("registered_at", RemainsSummary::registeredAt));
    static final List<ListExports.Column<Bag>> BAG_COLUMNS = List.of(column("bag_number", Bag::bagNumber),
            column("provisional", Bag::provisional), column("other_label", Bag::otherLabel),
            column("label_recorded", Bag::labelRecorded),
            column("claimed_region", bag -> bag.claimedPlace() == null ? null : bag.claimedPlace().region()),
            column("claimed_locality", bag -> bag.claimedPlace() == null ? null : bag.claimedPlace().locality()),
            column("claimed_date", Bag::claimedDate), column("body_numbers", bag -> String.join(" ", bag.bodyNumbers())),
            column("condition", Bag::condition), column("notes", Bag::notes), column("registered_at", Bag::registeredAt),
            column("registered_by", Bag::registeredBy));

    private final RemainsRegister register;
    private final CustodyLog custody;
    private final Ledger ledger;
    private final RemainsDisplay display;
    private final ListExportJobs exportJobs;
    private final ManifestImportJobs manifestImports;
    private final JobAnswers answers;

    private final LabelStatements labels;

    // --- the register ------------------------------------------------------------------------------

    /** A transfer on the register's page: its parties' names and how many bodies are registered from it. */
    record TransferRow(org.homeward.app.ledger.Transfer transfer, String from, String to, long registered) {
    }

    @GetMapping("/remains")
    String index(@Valid ListForm listForm, Model model) {
        String q = listForm.q() == null ? "" : listForm.q();
        if (!q.isBlank() && BodyNumber.parse(q).flatMap(register::find).isPresent()) {
            return "redirect:/remains/" + q.strip();
        }
        Map<Object, String> parties = new LinkedHashMap<>();
        ledger.parties().forEach((Party party) -> parties.put(party.id(), party.name()));
        model.addAttribute("list", Listing.of(register.remains(listForm.query()), listForm));
        model.addAttribute("transfers", ledger.transfers().stream().map(transfer -> new TransferRow(transfer, parties.get(transfer.from()),
                parties.get(transfer.to()), register.counts(transfer.id()).bags())).toList());
        model.addAttribute("queues", register.queues(0));
        return "remains/index";
    }

    // --- receipt -----------------------------------------------------------------------------------

    @KeptPage
    @GetMapping("/remains/transfers/{transfer}")
    String receipt(@PathVariable TransferId transfer, @Valid ListForm listForm, Model model) {
        model.addAttribute("receipt", register.receiptFigures(transfer));
        model.addAttribute("bags", Listing.of(register.bags(transfer, listForm.query()), listForm));
        model.addAttribute("mislabelled", labels.mislabelledIn(transfer));
        model.addAttribute("view", ledger.transferView(transfer));
        model.addAttribute("strictnesses", Strictness.values());
        model.addAttribute("kinds", RemainsKind.values());
        model.addAttribute("bagConditions", BagCondition.values());
        PageForms.blankUnlessTyped(model, "bagForm", BagForm.blank());
        return "remains/receipt";
    }

    @PostMapping("/remains/transfers/{transfer}/manifest/preview")
    String preview(@PathVariable TransferId transfer, @RequestParam("file") MultipartFile file,
                   @RequestParam(defaultValue = "STRICT") Strictness strictness, HttpSession session, Model model) throws IOException {
        String token = ManifestUploads.of(session).keep(file.getOriginalFilename(), file.getBytes());
        return previewed(transfer, token, strictness, HandoverForm.blank(token, ledger.transferView(transfer).transfer().place()),
                session, model);
    }

    /** The receipt page with the preview of the kept upload and the form confirming its handover. */
    private String previewed(TransferId transfer, String token, Strictness strictness, HandoverForm handover, HttpSession session,
                             Model model) {
        ManifestUploads.Upload upload = ManifestUploads.of(session).get(token);
        model.addAttribute("preview", register.previewManifest(transfer, upload.fileName(), upload.content(), strictness));
        model.addAttribute("handoverForm", handover);
        return receipt(transfer, ListForm.blank(), model);
    }

    @PostMapping("/remains/transfers/{transfer}/manifest")
    String importManifest(@PathVariable TransferId transfer, @Valid @ModelAttribute HandoverForm handoverForm, BindingResult errors,
                          HttpSession session, Model model, RedirectAttributes redirect, Locale locale) {
        ManifestUploads uploads = ManifestUploads.of(session);
        ManifestUploads.Upload upload = uploads.get(handoverForm.token());
        if (upload == null) {
            redirect.addFlashAttribute("error", display.message("remains.receipt.uploadExpired", locale));
            return "redirect:/remains/transfers/" + transfer;
        }
        return PageForms.submit(errors, HandoverForm.FIELDS, () -> {
            JobId job = manifestImports.start(transfer, upload.fileName(), upload.content(), handoverForm.strictnessOrStrict(),
                    handoverForm.handover(display.zone()));
            uploads.forget(handoverForm.token());
            return "redirect:" + JobSummary.page(job);
        }, () -> previewed(transfer, handoverForm.token(), handoverForm.strictnessOrStrict(), handoverForm, session, model));
    }

    @PostMapping("/remains/transfers/{transfer}/bags")
    String registerBag(@PathVariable TransferId transfer, @Valid @ModelAttribute BagForm bagForm, BindingResult errors, Model model,
                       RedirectAttributes redirect, Locale locale) {
        return PageForms.submit(errors, BagForm.FIELDS, () -> {
            ReceiptResult result = register.registerBag(transfer, bagForm.bag());
            String bagNumber = bagForm.bag().bagNumber();
            redirect.addFlashAttribute("notice", display.message("remains.receipt.bagRegistered", locale,
                    bagNumber != null ? bagNumber : display.message("remains.bag.provisional", locale), result.bodyNumbers().get(0)));
            return "redirect:/remains/transfers/" + transfer;
        }, () -> receipt(transfer, ListForm.blank(), model));
    }

    /** Each form of the receipt binds only its own fields. */
    @InitBinder({"handoverForm", "bagForm"})
    void allowedFields(WebDataBinder binder) {
        PageForms.allowFields(binder, Map.of("handoverForm", HandoverForm.FIELDS, "bagForm", BagForm.FIELDS));
    }

    /** A form that should carry a file but is not a multipart request. */
    @ExceptionHandler(MultipartException.class)
    void notAnUpload(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    @GetMapping("/remains/custody/verification")
    String verification(Model model) {
        model.addAttribute("verification", custody.verify());
        return "remains/verification";
    }

    @PostMapping("/remains/export.{format:csv|json}")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "Export the remains matching the register's filters, as CSV or JSON, in the background (202 and the job's Location)")
    ResponseEntity<?> remainsExport(@PathVariable String format, @Valid ListForm listForm, HttpServletRequest request) {
        return answers.started(exportJobs.start(format, REMAINS, "", listForm), request);
    }

    @PostMapping("/remains/transfers/{transfer}/export.{format:csv|json}")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "Export the transfer's bags matching the receipt's search, as CSV or JSON, in the background (202 and the job's Location)")
    ResponseEntity<?> bagsExport(@PathVariable TransferId transfer, @PathVariable String format, @Valid ListForm listForm,
                                 HttpServletRequest request) {
        return answers.started(exportJobs.start(format, BAGS, transfer.toString(), listForm), request);
    }

    @Override
    public List<ExportedList<?>> exportedLists() {
        return List.of(new ExportedList<>(REMAINS, Permission.REMAINS_READ, (key, query) -> register.remains(query), REMAINS_COLUMNS, REMAINS),
                new ExportedList<>(BAGS, Permission.REMAINS_READ, (key, query) -> register.bags(TypedId.parse(TransferId.class, key), query),
                        BAG_COLUMNS, "transfer-{key}-bags"));
    }
}
