package org.homeward.app.registry.web;

import static org.homeward.app.lists.ListExports.column;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.genetics.ConsentScope;
import org.homeward.app.genetics.RowProblem;
import org.homeward.app.jobs.ExportedList;
import org.homeward.app.jobs.ExportedLists;
import org.homeward.app.jobs.JobSummary;
import org.homeward.app.jobs.ListExportJobs;
import org.homeward.app.lists.ListExports;
import org.homeward.app.lists.ListForm;
import org.homeward.app.lists.Listing;
import org.homeward.app.registry.ContactDetails;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.Family;
import org.homeward.app.registry.FamilyId;
import org.homeward.app.registry.MissingPerson;
import org.homeward.app.registry.MissingPersonId;
import org.homeward.app.registry.MissingPersonStatus;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.PedigreeWords;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.registry.Relative;
import org.homeward.app.registry.RelativeId;
import org.homeward.app.security.AccountException;
import org.homeward.app.security.BreakGlass;
import org.homeward.app.security.KeptPage;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.security.SignedIn;
import org.homeward.app.web.FormRefusals;
import org.homeward.app.web.JobAnswers;
import org.homeward.app.web.PageForms;
import org.homeward.kinship.Sex;
import org.homeward.app.genetics.LabResultJobs;
import org.homeward.app.genetics.LabSide;
import org.homeward.formats.common.Strictness;
import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The registry's pages: the list and search of missing persons, a new report, a person's page with
 * the history of their status and possible duplicates, a family's page with its drawn pedigree,
 * relatives, relationships to correct and reference samples with consent, a relative's contact
 * details (restricted, audited) and the upload of lab results. A refused form is shown again on
 * its page, each problem beside its field, with what was typed.
 */
@Controller
@RegistryAccess
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegistryPages implements ExportedLists {

    /** The export of the register of missing persons. */
    private static final String MISSING_PERSONS = "missing-persons";

    static final List<ListExports.Column<MissingPerson>> COLUMNS = List.of(column("id", MissingPerson::id),
            column("family_id", MissingPerson::familyId), column("surname", MissingPerson::surname),
            column("given_names", MissingPerson::givenNames), column("name_latin", MissingPerson::nameLatin),
            column("sex", MissingPerson::sex), column("date_of_birth", MissingPerson::dateOfBirth),
            column("service_number", MissingPerson::serviceNumber), column("unit", MissingPerson::unit),
            column("last_seen_on", MissingPerson::lastSeenOn), column("last_seen_place", MissingPerson::lastSeenPlace),
            column("status", MissingPerson::status), column("reported_at", MissingPerson::reportedAt));

    /** Each page form's allowed fields, by its model name; the binder ignores anything else a browser posts. */
    private static final Map<String, String[]> FORM_FIELDS = Map.of("missingPersonForm", MissingPersonForm.FIELDS,
            "statusForm", StatusForm.FIELDS, "relativeForm", RelativeForm.FIELDS, "relationshipsForm", RelationshipsForm.FIELDS,
            "sampleForm", SampleForm.FIELDS, "contactForm", ContactForm.FIELDS, "mergeForm", MergeForm.FIELDS,
            "withdrawalForm", WithdrawalForm.FIELDS);

    private final MissingPersons missingPersons;
    private final Families families;
    private final ReferenceSamples samples;
    private final LabResultJobs labResults;
    private final BreakGlass breakGlass;
    private final ListExportJobs exportJobs;
    private final JobAnswers answers;
    private final MessageSource messages;

    /** The pedigree drawing's words in the reader's language: {@code pedigree.svg(pedigreeWords)}. */
    @ModelAttribute("pedigreeWords")
    PedigreeWords pedigreeWords(Locale locale) {
        return PedigreeWords.in(messages, locale);
    }

    @InitBinder
    void formFields(WebDataBinder binder) {
        String[] fields = FORM_FIELDS.get(binder.getObjectName());
        if (fields != null) {
            binder.setAllowedFields(fields);
        }
    }

    @KeptPage
    @GetMapping("/registry")
    String index(@Valid ListForm listForm, Model model) {
        model.addAttribute("statuses", MissingPersonStatus.values());
        model.addAttribute("list", Listing.of(missingPersons.search(listForm.query()), listForm));
        model.addAttribute("duplicates", missingPersons.possibleDuplicates(20));
        return "registry/index";
    }

    @GetMapping("/registry/new")
    @RequiresPermission(Permission.MISSING_WRITE)
    String newReport(Model model) {
        model.addAttribute("sexes", Sex.values());
        PageForms.blankUnlessTyped(model, "missingPersonForm", MissingPersonForm.blank());
        return "registry/new";
    }

    /** A refused report comes back to its page with each problem beside its field and what was typed. */
    @PostMapping("/registry/reports")
    String report(@Valid @ModelAttribute MissingPersonForm missingPersonForm, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        return PageForms.submit(errors, MissingPersonForm.FIELDS, () -> {
            MissingPersons.Report report = missingPersons.reportMissing(missingPersonForm.person(), missingPersonForm.reporter());
            redirect.addFlashAttribute("saved", "registry.report.saved");
            if (!report.possibleDuplicates().isEmpty()) {
                redirect.addFlashAttribute("duplicatesFound", true);
            }
            return "redirect:/registry/missing-persons/" + report.missingPerson().id();
        }, () -> newReport(model));
    }

    @GetMapping("/registry/missing-persons/{id}")
    String person(@PathVariable MissingPersonId id, Model model) {
        MissingPerson person = missingPersons.findMissingPerson(id.value()).orElseThrow(() -> new NotFoundException("missing person", id));
        model.addAttribute("person", person);
        model.addAttribute("history", missingPersons.statusHistory(id.value()));
        model.addAttribute("duplicates", missingPersons.possibleDuplicatesOf(id.value()));
        model.addAttribute("family", families.family(person.familyId()));
        model.addAttribute("nextStatuses", person.status().next());
        PageForms.blankUnlessTyped(model, "statusForm", StatusForm.blank(person.version()));
        return "registry/person";
    }

    @PostMapping("/registry/missing-persons/{id}/status")
    String changeStatus(@PathVariable MissingPersonId id, @Valid @ModelAttribute StatusForm statusForm, BindingResult errors, Model model,
                        RedirectAttributes redirect) {
        return PageForms.submit(errors, StatusForm.FIELDS, () -> {
            missingPersons.changeStatus(id.value(), statusForm.version(), statusForm.status(), statusForm.note());
            redirect.addFlashAttribute("saved", "registry.status.saved");
            return "redirect:/registry/missing-persons/" + id;
        }, () -> person(id, model));
    }

    @PostMapping("/registry/missing-persons/{id}/merge")
    String merge(@PathVariable MissingPersonId id, @Valid @ModelAttribute MergeForm mergeForm, BindingResult errors,
                 RedirectAttributes redirect) {
        return submitRow(errors, redirect, mergeForm.survivorId(), () -> {
            MissingPerson survivor = missingPersons.merge(id.value(), mergeForm.survivorId(), mergeForm.reason());
            redirect.addFlashAttribute("saved", "registry.merge.saved");
            return "redirect:/registry/missing-persons/" + survivor.id();
        }, "redirect:/registry/missing-persons/" + id);
    }

    @KeptPage
    @GetMapping("/registry/families/{id}")
    String family(@PathVariable FamilyId id, Model model) {
        Family family = families.family(id.value());
        model.addAttribute("family", family);
        model.addAttribute("pedigree", families.pedigree(id.value()));
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("scopes", ConsentScope.values());
        Map<String, String> members = new LinkedHashMap<>();
        family.missingPersons().forEach(p -> members.put(p.id(), p.name()));
        family.relatives().forEach(r -> members.put(r.id(), r.fullName()));
        model.addAttribute("members", members);
        PageForms.blankUnlessTyped(model, Map.of("missingPersonForm", MissingPersonForm.blank(), "relativeForm", RelativeForm.blank(),
                "sampleForm", SampleForm.blank(), "relationshipsForm", RelationshipsForm.of(family)));
        return "registry/family";
    }

    @PostMapping("/registry/families/{id}/relatives")
    String addRelative(@PathVariable FamilyId id, @Valid @ModelAttribute RelativeForm relativeForm, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        return PageForms.submit(errors, RelativeForm.FIELDS, () -> {
            families.addRelative(id.value(), relativeForm.relative());
            redirect.addFlashAttribute("saved", "registry.relative.saved");
            return "redirect:/registry/families/" + id + "#relatives";
        }, () -> family(id, model));
    }

    @PostMapping("/registry/families/{id}/missing-persons")
    String addMissingPerson(@PathVariable FamilyId id, @Valid @ModelAttribute MissingPersonForm missingPersonForm, BindingResult errors,
                            Model model, RedirectAttributes redirect) {
        return PageForms.submit(errors, MissingPersonForm.FIELDS, () -> {
            MissingPersons.Report report = missingPersons.addMissingPerson(id.value(), missingPersonForm.person(),
                    missingPersonForm.relationWords(), missingPersonForm.relationOf());
            redirect.addFlashAttribute("saved", "registry.report.saved");
            return "redirect:/registry/missing-persons/" + report.missingPerson().id();
        }, () -> family(id, model));
    }

    /** A refused correction shows, beside the form, the pedigree the typed statements would give and its problems. */
    @PostMapping("/registry/families/{id}/relationships")
    String correctRelationships(@PathVariable FamilyId id, @Valid @ModelAttribute RelationshipsForm relationshipsForm, BindingResult errors,
                                Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                families.correctRelationships(id.value(), relationshipsForm.version(), relationshipsForm.corrections());
                redirect.addFlashAttribute("saved", "registry.relationships.saved");
                return "redirect:/registry/families/" + id + "#pedigree";
            } catch (InputRefusedException refused) {
                FormRefusals.reject(errors, refused, RelationshipsForm.FIELDS);
                model.addAttribute("preview", families.previewRelationships(id.value(), relationshipsForm.preview()));
            }
        }
        return family(id, model);
    }

    @GetMapping("/registry/relatives/{id}/contact")
    @SignedIn
    String contact(@PathVariable RelativeId id, Model model) {
        ContactDetails contact = families.contact(id.value()).orElse(null); // checks FAMILY_CONTACT_READ or break-glass first; audited
        model.addAttribute("relative", families.relative(id.value()));
        model.addAttribute("contact", contact);
        model.addAttribute("resource", Families.contactResource(id.value()));
        // read by breaking the glass (the refusal became the break-glass form): until when, for the notice
        model.addAttribute("breakGlassUntil", breakGlass.openedUntil(Permission.FAMILY_CONTACT_READ, Families.contactResource(id.value()))
                .orElse(null));
        PageForms.blankUnlessTyped(model, "contactForm", ContactForm.of(contact));
        return "registry/contact";
    }

    @PostMapping("/registry/relatives/{id}/contact")
    @RequiresPermission(Permission.FAMILY_CONTACT_WRITE)
    String updateContact(@PathVariable RelativeId id, @Valid @ModelAttribute ContactForm contactForm, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        Relative relative = families.relative(id.value());
        if (errors.hasErrors()) {
            return contact(id, model);
        }
        families.updateContact(id.value(), contactForm.contact());
        redirect.addFlashAttribute("saved", "registry.contact.saved");
        return "redirect:/registry/families/" + relative.familyId() + "#relatives";
    }

    @PostMapping("/registry/families/{id}/samples")
    @RequiresPermission(Permission.CONSENT_WRITE)
    String recordSample(@PathVariable FamilyId id, @Valid @ModelAttribute SampleForm sampleForm, BindingResult errors, Model model,
                        RedirectAttributes redirect) {
        return PageForms.submit(errors, SampleForm.FIELDS, () -> {
            samples.recordReferenceSample(sampleForm.donor().value(), sampleForm.sample());
            redirect.addFlashAttribute("saved", "registry.sample.saved");
            return "redirect:/registry/families/" + id + "#samples";
        }, () -> family(id, model));
    }

    @PostMapping("/registry/samples/{code}/withdrawal")
    @RequiresPermission(Permission.CONSENT_WRITE)
    String withdraw(@PathVariable String code, @Valid @ModelAttribute WithdrawalForm withdrawalForm, BindingResult errors,
                    RedirectAttributes redirect) {
        String back = "redirect:/registry/families/" + samples.familyOfSample(code) + "#samples";
        return submitRow(errors, redirect, code, () -> {
            samples.withdrawConsent(code, withdrawalForm.reason());
            redirect.addFlashAttribute("saved", "registry.withdrawal.saved");
            return back;
        }, back);
    }

    @GetMapping("/registry/lab-results")
    @RequiresPermission(Permission.PROFILES_WRITE)
    String labResultsPage() {
        return "registry/lab-results";
    }

    @PostMapping("/registry/lab-results")
    @RequiresPermission(Permission.PROFILES_WRITE)
    String labResults(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("rejected", List.of(new RowProblem(0, "", "choose a file")));
            return "registry/lab-results";
        }
        return "redirect:" + JobSummary.page(labResults.start(LabSide.references, file.getOriginalFilename(), file.getBytes(), Strictness.STRICT));
    }

    /**
     * Saves a row's valid form and redirects as {@code save} says; else back to the page, where its
     * problems (validation's or the service's) show beside the fields of the row {@code row}.
     */
    private static String submitRow(BindingResult errors, RedirectAttributes redirect, String row, Supplier<String> save, String back) {
        List<InputRefusedException.Problem> problems = FormRefusals.problems(errors);
        if (problems.isEmpty()) {
            try {
                return save.get();
            } catch (InputRefusedException refused) {
                problems = refused.problems();
            }
        }
        redirect.addFlashAttribute("refusedRow", row);
        redirect.addFlashAttribute("rowProblems", problems);
        return back;
    }

    /** A stale version (someone changed the record meanwhile): back to the page, saying so. */
    @ExceptionHandler(AccountException.class)
    String stale(AccountException stale, RedirectAttributes redirect, HttpServletRequest request) {
        redirect.addFlashAttribute("problems", List.of(new InputRefusedException.Problem("version", stale.getMessage())));
        String referer = request.getHeader("Referer");
        String path = referer == null ? null : URI.create(referer).getPath();
        return "redirect:" + (path != null && path.startsWith("/registry") ? path : "/registry");
    }

    @PostMapping("/registry/export.{format:csv|json}")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "Export the missing persons matching the register's filters, as CSV or JSON, in the background (202 and the job's Location)")
    ResponseEntity<?> listExport(@PathVariable String format, @Valid ListForm listForm, HttpServletRequest request) {
        return answers.started(exportJobs.start(format, MISSING_PERSONS, "", listForm), request);
    }

    @Override
    public List<ExportedList<?>> exportedLists() {
        return List.of(new ExportedList<>(MISSING_PERSONS, Permission.MISSING_READ, (key, query) -> missingPersons.search(query), COLUMNS,
                MISSING_PERSONS));
    }
}
