package org.homeward.app.remains.web;

import static org.homeward.app.web.Limits.PAGE_SIZE;
import static org.homeward.app.web.Limits.RECENT_ROWS;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.web.FormRefusals;
import org.homeward.app.genetics.ImportRejectedException;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.ledger.TransferView;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.Condition;
import org.homeward.app.remains.Custodian;
import org.homeward.app.remains.CustodyEventType;
import org.homeward.app.remains.CustodyItem;
import org.homeward.app.remains.CustodyLog;
import org.homeward.app.remains.EffectCategory;
import org.homeward.app.remains.EstimatedSex;
import org.homeward.app.remains.Handover;
import org.homeward.app.remains.LinkKind;
import org.homeward.app.remains.ManifestPreview;
import org.homeward.app.remains.Nationality;
import org.homeward.app.remains.NationalityEvidence;
import org.homeward.app.remains.NewBag;
import org.homeward.app.remains.NewCustodyEvent;
import org.homeward.app.remains.NewEffect;
import org.homeward.app.remains.NewExamination;
import org.homeward.app.remains.NewLink;
import org.homeward.app.remains.NewNationalityAssessment;
import org.homeward.app.remains.NewSample;
import org.homeward.app.remains.Receipt;
import org.homeward.app.remains.ReceiptResult;
import org.homeward.app.remains.RecoveryPlace;
import org.homeward.app.remains.RemainsFile;
import org.homeward.app.remains.RemainsKind;
import org.homeward.app.remains.RemainsLab;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.Sample;
import org.homeward.app.remains.SampleCode;
import org.homeward.app.remains.SampleMaterial;
import org.homeward.app.remains.StorageKind;
import org.homeward.app.remains.WorkQueue;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.formats.common.Strictness;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register's pages: the register and its transfers, a transfer's receipt (manifest import with
 * preview, one bag at a time, counts against the parties' claims), a body's page (everything about
 * it and its custody timeline, with the forms to add to it), printable labels, the morgue's and the
 * lab's queues, and the verification of the custody chains.
 */
@Controller
class RemainsPages {

    /** Uploaded manifests waiting for the person to confirm the preview, per session. */
    private static final String UPLOADS = RemainsPages.class.getName() + ".uploads";

    record Upload(String fileName, byte[] content) {
    }

    record CustodyForm(String type, String occurredAt, String place, String storage, String storagePosition, String fromPerson,
                       String fromOrganisation, String fromRole, String toPerson, String toOrganisation, String toRole,
                       String sealsBroken, String sealsApplied, String witnesses, String conditionNotes, String reason) {
    }

    record ExaminationForm(String condition, String estimatedSex, Integer ageMin, Integer ageMax, String region, String locality,
                           String latitude, String longitude, String notes, String examinedBy, String examinedAt) {
    }

    /** A sample taken from remains, as typed on the body's page (or again, from the queue of failed samples). */
    record SampleForm(@NotNull SampleMaterial material, @Size(max = 200) String element, @NotBlank @Size(max = 200) String takenBy,
                      @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime takenAt,
                      @Size(max = 2000) String notes) {

        static final String[] FIELDS = {"material", "element", "takenBy", "takenAt", "notes"};

        static SampleForm blank() {
            return new SampleForm(null, null, null, null, null);
        }

        NewSample sample(ZoneId zone) {
            return new NewSample(material, element, takenBy, takenAt == null ? null : takenAt.atZone(zone).toInstant(), notes);
        }
    }

    record BagForm(String bagNumber, String otherLabel, String region, String locality, String claimedDate, String notes,
                   String kind) {
    }

    private final RemainsRegister register;
    private final RemainsLab lab;
    private final CustodyLog custody;
    private final Ledger ledger;
    private final Validator validator;
    private final MessageSource messages;
    private final ZoneId zone;

    RemainsPages(RemainsRegister register, RemainsLab lab, CustodyLog custody, Ledger ledger, Validator validator,
                 MessageSource messages, @Value("${homeward.display-time-zone}") ZoneId zone) {
        this.register = register;
        this.lab = lab;
        this.custody = custody;
        this.ledger = ledger;
        this.validator = validator;
        this.messages = messages;
        this.zone = zone;
    }

    @ModelAttribute("fmt")
    DisplayFormats formats(Locale locale) {
        return new DisplayFormats(locale, zone, messages);
    }

    // --- the register ------------------------------------------------------------------------------

    @GetMapping("/remains")
    @RequiresPermission(Permission.REMAINS_READ)
    String index(@RequestParam(defaultValue = "") String q, Model model) {
        if (!q.isBlank() && BodyNumber.parse(q).flatMap(register::find).isPresent()) {
            return "redirect:/remains/" + q.strip();
        }
        List<Map<String, Object>> transfers = new ArrayList<>();
        Map<Object, String> parties = new LinkedHashMap<>();
        ledger.parties().forEach(party -> parties.put(party.id(), party.name()));
        for (Transfer transfer : ledger.transfers()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("transfer", transfer);
            row.put("from", parties.get(transfer.from()));
            row.put("to", parties.get(transfer.to()));
            row.put("registered", register.registeredCount(transfer.id()));
            transfers.add(row);
        }
        model.addAttribute("q", q);
        model.addAttribute("found", register.search(q, PAGE_SIZE));
        model.addAttribute("transfers", transfers);
        model.addAttribute("queues", register.queues(0));
        return "remains/index";
    }

    // --- receipt -----------------------------------------------------------------------------------

    @GetMapping("/remains/transfers/{transfer}")
    @RequiresPermission(Permission.REMAINS_READ)
    String receipt(@PathVariable TransferId transfer, Model model) {
        TransferId id = transfer;
        Receipt receipt = register.receipt(id);
        TransferView view = ledger.transferView(id);
        model.addAttribute("receipt", receipt);
        model.addAttribute("view", view);
        model.addAttribute("strictnesses", Strictness.values());
        model.addAttribute("kinds", RemainsKind.values());
        return "remains/receipt";
    }

    @PostMapping("/remains/transfers/{transfer}/manifest/preview")
    @RequiresPermission(Permission.REMAINS_WRITE)
    String preview(@PathVariable TransferId transfer, @RequestParam("file") MultipartFile file,
                   @RequestParam(defaultValue = "STRICT") Strictness strictness, HttpSession session, Model model) throws IOException {
        TransferId id = transfer;
        ManifestPreview preview = register.previewManifest(id, file.getOriginalFilename(), file.getBytes(), strictness);
        String token = UUID.randomUUID().toString();
        uploads(session).clear();
        uploads(session).put(token, new Upload(file.getOriginalFilename(), file.getBytes()));
        model.addAttribute("preview", preview);
        model.addAttribute("token", token);
        return receipt(transfer, model);
    }

    @PostMapping("/remains/transfers/{transfer}/manifest")
    @RequiresPermission(Permission.REMAINS_WRITE)
    String importManifest(@PathVariable TransferId transfer, @RequestParam String token,
                          @RequestParam(defaultValue = "STRICT") Strictness strictness,
                          @RequestParam(defaultValue = "") String handedOverAt, @RequestParam(defaultValue = "") String place,
                          @RequestParam(defaultValue = "") String witnesses, HttpSession session, RedirectAttributes redirect,
                          Locale locale) {
        TransferId id = transfer;
        Upload upload = uploads(session).remove(token);
        if (upload == null) {
            redirect.addFlashAttribute("error", message("remains.receipt.uploadExpired", locale));
            return "redirect:/remains/transfers/" + transfer;
        }
        try {
            ReceiptResult result = register.importManifest(id, upload.fileName(), upload.content(), strictness,
                    new Handover(instant(handedOverAt, "handedOverAt"), place, null, null, list(witnesses), null));
            redirect.addFlashAttribute("notice", messages.getMessage("remains.receipt.imported",
                    new Object[] {result.bags(), result.bodyNumbers().get(0), result.bodyNumbers().get(result.bodyNumbers().size() - 1),
                            result.skipped().size()}, locale));
        } catch (ImportRejectedException rejected) {
            redirect.addFlashAttribute("error", rejected.getMessage());
        } catch (InputRefusedException refused) {
            redirect.addFlashAttribute("error", refused.path() + ": " + refused.getMessage());
        }
        return "redirect:/remains/transfers/" + transfer;
    }

    @PostMapping("/remains/transfers/{transfer}/bags")
    @RequiresPermission(Permission.REMAINS_WRITE)
    String registerBag(@PathVariable TransferId transfer, @ModelAttribute BagForm form, RedirectAttributes redirect, Locale locale) {
        TransferId id = transfer;
        return attempt(redirect, "/remains/transfers/" + transfer, () -> {
            NewBag bag = checked(new NewBag(form.bagNumber(), form.otherLabel(), new RecoveryPlace(form.region(), form.locality(), null, null),
                    date(form.claimedDate(), "claimedDate"), form.notes(),
                    form.kind() == null || form.kind().isBlank() ? RemainsKind.BODY : RemainsKind.valueOf(form.kind()), null));
            ReceiptResult result = register.registerBag(id, bag);
            return messages.getMessage("remains.receipt.bagRegistered", new Object[] {bag.bagNumber(), result.bodyNumbers().get(0)}, locale);
        });
    }

    @GetMapping("/remains/transfers/{transfer}/labels")
    @RequiresPermission(Permission.REMAINS_READ)
    String transferLabels(@PathVariable TransferId transfer, Model model) {
        Receipt receipt = register.receipt(transfer);
        List<Map<String, String>> labels = new ArrayList<>();
        receipt.remains().forEach(remains -> labels.add(label(remains.bodyNumber(), String.join(", ", remains.bagNumbers()),
                remains.receivedOn().toString())));
        model.addAttribute("labels", labels);
        return "remains/labels";
    }

    // --- a body ------------------------------------------------------------------------------------

    @GetMapping("/remains/{bodyNumber}")
    @RequiresPermission(Permission.REMAINS_READ)
    String body(@PathVariable BodyNumber bodyNumber, Model model) {
        RemainsFile file = register.file(bodyNumber);
        model.addAttribute("file", file);
        model.addAttribute("transfer", file.transfer() == null ? null : ledger.transfer(file.transfer()).orElse(null));
        model.addAttribute("eventTypes", CustodyEventType.values());
        model.addAttribute("storages", StorageKind.values());
        model.addAttribute("conditions", Condition.values());
        model.addAttribute("sexes", EstimatedSex.values());
        model.addAttribute("categories", EffectCategory.values());
        model.addAttribute("nationalities", Nationality.values());
        model.addAttribute("evidence", NationalityEvidence.values());
        model.addAttribute("materials", SampleMaterial.values());
        model.addAttribute("linkKinds", EnumSet.of(LinkKind.SAME_PERSON, LinkKind.POSSIBLY_SAME_PERSON, LinkKind.NOT_SAME_PERSON));
        if (!model.containsAttribute("sampleForm")) {
            model.addAttribute("sampleForm", SampleForm.blank());
        }
        return "remains/body";
    }

    @PostMapping("/remains/{bodyNumber}/custody")
    @RequiresPermission(Permission.REMAINS_WRITE)
    String recordCustody(@PathVariable BodyNumber bodyNumber, @ModelAttribute CustodyForm form, RedirectAttributes redirect, Locale locale) {
        return attempt(redirect, "/remains/" + bodyNumber, () -> {
            NewCustodyEvent event = checked(new NewCustodyEvent(enumOf(CustodyEventType.class, form.type(), "type"),
                    instant(form.occurredAt(), "occurredAt"), form.place(),
                    form.storage() == null || form.storage().isBlank() ? null : enumOf(StorageKind.class, form.storage(), "storage"),
                    form.storagePosition(), new Custodian(form.fromPerson(), form.fromOrganisation(), form.fromRole()),
                    new Custodian(form.toPerson(), form.toOrganisation(), form.toRole()), list(form.sealsBroken()),
                    list(form.sealsApplied()), list(form.witnesses()), form.conditionNotes(), form.reason()));
            var recorded = custody.record(CustodyItem.remains(bodyNumber.value()), event);
            return messages.getMessage("remains.body.custodyRecorded", new Object[] {recorded.seq()}, locale);
        });
    }

    @PostMapping("/remains/{bodyNumber}/examinations")
    @RequiresPermission(Permission.REMAINS_WRITE)
    String examine(@PathVariable BodyNumber bodyNumber, @ModelAttribute ExaminationForm form, RedirectAttributes redirect, Locale locale) {
        return attempt(redirect, "/remains/" + bodyNumber, () -> {
            register.examine(bodyNumber, checked(new NewExamination(enumOf(Condition.class, form.condition(), "condition"),
                    enumOf(EstimatedSex.class, form.estimatedSex(), "estimatedSex"), form.ageMin(), form.ageMax(),
                    new RecoveryPlace(form.region(), form.locality(), decimal(form.latitude(), "latitude"),
                            decimal(form.longitude(), "longitude")), form.notes(), form.examinedBy(), instant(form.examinedAt(), "examinedAt"))));
            return message("remains.body.examined", locale);
        });
    }

    @PostMapping("/remains/{bodyNumber}/effects")
    @RequiresPermission(Permission.REMAINS_WRITE)
    String addEffect(@PathVariable BodyNumber bodyNumber, @RequestParam(defaultValue = "") String category,
                     @RequestParam(defaultValue = "") String description, RedirectAttributes redirect, Locale locale) {
        return attempt(redirect, "/remains/" + bodyNumber, () -> {
            var effect = register.addEffect(bodyNumber, checked(new NewEffect(enumOf(EffectCategory.class, category, "category"),
                    description)));
            return messages.getMessage("remains.body.effectRecorded", new Object[] {effect.code()}, locale);
        });
    }

    @PostMapping("/remains/{bodyNumber}/nationality")
    @RequiresPermission(Permission.REMAINS_WRITE)
    String assessNationality(@PathVariable BodyNumber bodyNumber, @RequestParam(defaultValue = "") String assessment,
                             @RequestParam(required = false) List<String> evidence, @RequestParam(defaultValue = "") String notes,
                             @RequestParam(defaultValue = "") String assessedBy, RedirectAttributes redirect, Locale locale) {
        return attempt(redirect, "/remains/" + bodyNumber, () -> {
            Set<NationalityEvidence> kinds = EnumSet.noneOf(NationalityEvidence.class);
            for (String kind : evidence == null ? List.<String>of() : evidence) {
                kinds.add(enumOf(NationalityEvidence.class, kind, "evidence"));
            }
            register.assessNationality(bodyNumber, checked(new NewNationalityAssessment(enumOf(Nationality.class, assessment, "assessment"),
                    kinds, notes, assessedBy)));
            return message("remains.body.assessed", locale);
        });
    }

    @PostMapping("/remains/{bodyNumber}/links")
    @RequiresPermission(Permission.REMAINS_WRITE)
    String link(@PathVariable BodyNumber bodyNumber, @RequestParam(defaultValue = "") String other, @RequestParam(defaultValue = "") String kind,
                @RequestParam(defaultValue = "") String basis, RedirectAttributes redirect, Locale locale) {
        return attempt(redirect, "/remains/" + bodyNumber, () -> {
            register.link(bodyNumber, checked(new NewLink(other, enumOf(LinkKind.class, kind, "kind"), basis)));
            return message("remains.body.linked", locale);
        });
    }

    @PostMapping("/remains/{bodyNumber}/samples")
    @RequiresPermission(Permission.REMAINS_WRITE)
    String takeSample(@PathVariable BodyNumber bodyNumber, @Valid @ModelAttribute SampleForm sampleForm, BindingResult errors,
                      Model model, RedirectAttributes redirect, Locale locale) {
        if (!errors.hasErrors()) {
            try {
                Sample sample = lab.takeSample(bodyNumber, sampleForm.sample(zone));
                redirect.addFlashAttribute("notice", messages.getMessage("remains.body.sampleTaken", new Object[] {sample.code()}, locale));
                return "redirect:/remains/" + bodyNumber;
            } catch (InputRefusedException refused) {
                FormRefusals.reject(errors, refused, SampleForm.FIELDS);
            }
        }
        return body(bodyNumber, model);
    }

    @InitBinder("sampleForm")
    void sampleFields(WebDataBinder binder) {
        binder.setAllowedFields(SampleForm.FIELDS);
    }

    @GetMapping("/remains/{bodyNumber}/label")
    @RequiresPermission(Permission.REMAINS_READ)
    String bodyLabel(@PathVariable BodyNumber bodyNumber, Model model) {
        RemainsFile file = register.file(bodyNumber);
        model.addAttribute("labels", List.of(label(file.bodyNumber(),
                String.join(", ", file.bags().stream().map(bag -> bag.bagNumber()).toList()), file.receivedOn().toString())));
        return "remains/labels";
    }

    // --- samples, the lab and the queues -----------------------------------------------------------------

    @GetMapping("/remains/samples/{code}/label")
    @RequiresPermission(Permission.REMAINS_READ)
    String sampleLabel(@PathVariable SampleCode code, Model model) {
        Sample sample = lab.sample(code);
        model.addAttribute("labels", List.of(label(sample.code(), sample.bodyNumber(),
                sample.material().name().toLowerCase(Locale.ROOT) + (sample.element() == null ? "" : " · " + sample.element()))));
        return "remains/labels";
    }

    @PostMapping("/remains/samples/{code}/failure")
    @RequiresPermission(Permission.PROFILES_WRITE)
    String recordFailure(@PathVariable SampleCode code, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect,
                         Locale locale) {
        return attempt(redirect, "/remains/queues", () -> {
            lab.recordFailure(code, reason);
            return messages.getMessage("remains.queues.failed", new Object[] {code}, locale);
        });
    }

    @PostMapping("/remains/samples/{code}/resample")
    @RequiresPermission(Permission.REMAINS_WRITE)
    String resample(@PathVariable SampleCode code, @Valid @ModelAttribute SampleForm sampleForm, BindingResult errors,
                    RedirectAttributes redirect, Locale locale) {
        return attempt(redirect, "/remains/queues", () -> {
            if (errors.getFieldError() != null) {
                throw new InputRefusedException(errors.getFieldError().getField(), errors.getFieldError().getDefaultMessage());
            }
            Sample sample = lab.resample(code, sampleForm.sample(zone));
            return messages.getMessage("remains.body.sampleTaken", new Object[] {sample.code()}, locale);
        });
    }

    @PostMapping("/remains/lab-results")
    @RequiresPermission(Permission.PROFILES_WRITE)
    String importResults(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "STRICT") Strictness strictness,
                         RedirectAttributes redirect, Locale locale) {
        return attempt(redirect, "/remains/queues", () -> {
            try {
                var imported = lab.importResults(file.getOriginalFilename(), file.getBytes(), strictness);
                return messages.getMessage("remains.queues.imported", new Object[] {imported.stored().size(), imported.fileName()}, locale);
            } catch (IOException e) {
                throw new InputRefusedException("file", "the upload could not be read");
            }
        });
    }

    @GetMapping("/remains/queues")
    @RequiresPermission(Permission.REMAINS_READ)
    String queues(Model model) {
        Map<WorkQueue.Kind, WorkQueue> queues = new LinkedHashMap<>();
        register.queues(RECENT_ROWS).forEach(queue -> queues.put(queue.kind(), queue));
        model.addAttribute("queues", queues);
        model.addAttribute("materials", SampleMaterial.values());
        model.addAttribute("strictnesses", Strictness.values());
        return "remains/queues";
    }

    @GetMapping("/remains/custody/verification")
    @RequiresPermission(Permission.REMAINS_READ)
    String verification(Model model) {
        model.addAttribute("verification", custody.verify());
        return "remains/verification";
    }

    /** A form that should carry a file but is not a multipart request. */
    @ExceptionHandler(MultipartException.class)
    void notAnUpload(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    // --- helpers -----------------------------------------------------------------------------------

    private interface Action {
        String run();
    }

    /** Runs a write; its message (or the refusal, naming the field) is shown on the page it returns to. */
    private String attempt(RedirectAttributes redirect, String back, Action action) {
        try {
            redirect.addFlashAttribute("notice", action.run());
        } catch (ImportRejectedException rejected) {
            redirect.addFlashAttribute("error", rejected.getMessage());
            redirect.addFlashAttribute("problems", rejected.rows());
        } catch (InputRefusedException refused) {
            redirect.addFlashAttribute("error", refused.path() + ": " + refused.getMessage());
        }
        return "redirect:" + back;
    }

    private <T> T checked(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.stream()
                    .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString())).findFirst().orElseThrow();
            throw new InputRefusedException(first.getPropertyPath().toString(), first.getMessage());
        }
        return request;
    }

    private Map<String, String> label(String code, String line1, String line2) {
        Map<String, String> label = new LinkedHashMap<>();
        label.put("code", code);
        label.put("line1", line1);
        label.put("line2", line2);
        label.put("qr", LabelCodes.qrSvg(code));
        return label;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Upload> uploads(HttpSession session) {
        Object uploads = session.getAttribute(UPLOADS);
        if (uploads == null) {
            uploads = new java.util.concurrent.ConcurrentHashMap<String, Upload>();
            session.setAttribute(UPLOADS, uploads);
        }
        return (Map<String, Upload>) uploads;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InputRefusedException(field, "is required");
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InputRefusedException(field, "is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InputRefusedException(field, "is not a date and time");
        }
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InputRefusedException(field, "is not a date");
        }
    }

    private static BigDecimal decimal(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InputRefusedException(field, "is not a number");
        }
    }

    /** Items separated by commas or line breaks. */
    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).filter(Objects::nonNull).toList();
    }
}
