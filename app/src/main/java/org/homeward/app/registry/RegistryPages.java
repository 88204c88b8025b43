package org.homeward.app.registry;

import static org.homeward.app.web.Limits.PAGE_SIZE;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.web.FormRefusals;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.genetics.ConsentScope;
import org.homeward.app.genetics.ImportRejectedException;
import org.homeward.app.genetics.RowProblem;
import jakarta.validation.Valid;

import org.homeward.app.security.AccountException;
import org.homeward.app.security.BreakGlass;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.security.SignedIn;
import org.homeward.kinship.Sex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registry's pages: the list and search of missing persons, a new report, a person's page with
 * the history of their status and possible duplicates, a family's page with its drawn pedigree,
 * relatives, relationships to correct and reference samples with consent, a relative's contact
 * details (restricted, audited) and the upload of lab results. A refused form comes back to its
 * page with every problem and what was typed.
 */
@Controller
class RegistryPages {

    /** A member's stated relationship, for the correction form. */
    record Member(String id, String name, String words, String of, Sex sex) {
    }

    private final Registry registry;
    private final BreakGlass breakGlass;
    private final ZoneId displayZone;

    RegistryPages(Registry registry, BreakGlass breakGlass, @Value("${homeward.display-time-zone}") ZoneId displayZone) {
        this.registry = registry;
        this.breakGlass = breakGlass;
        this.displayZone = displayZone;
    }

    @ModelAttribute("displayZone")
    ZoneId displayZone() {
        return displayZone;
    }

    @GetMapping("/registry")
    @RequiresPermission(Permission.MISSING_READ)
    String index(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        MissingPersonStatus wanted = parseStatus(status);
        int size = PAGE_SIZE;
        List<MissingPerson> found = registry.search(q, wanted, size + 1, Math.max(0, page) * size);
        model.addAttribute("q", q);
        model.addAttribute("status", wanted);
        model.addAttribute("statuses", MissingPersonStatus.values());
        model.addAttribute("persons", found.size() > size ? found.subList(0, size) : found);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("more", found.size() > size);
        model.addAttribute("duplicates", registry.possibleDuplicates(20));
        return "registry/index";
    }

    @InitBinder("missingPersonForm")
    void missingPersonFields(WebDataBinder binder) {
        binder.setAllowedFields(MissingPersonForm.FIELDS);
    }

    @GetMapping("/registry/new")
    @RequiresPermission(Permission.MISSING_WRITE)
    String newReport(Model model) {
        model.addAttribute("sexes", Sex.values());
        if (!model.containsAttribute("missingPersonForm")) {
            model.addAttribute("missingPersonForm", MissingPersonForm.blank());
        }
        return "registry/new";
    }

    /** A refused report comes back to its page with each problem beside its field and what was typed. */
    @PostMapping("/registry/reports")
    @RequiresPermission(Permission.MISSING_WRITE)
    String report(@Valid @ModelAttribute MissingPersonForm missingPersonForm, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Registry.Report report = registry.reportMissing(missingPersonForm.person(), missingPersonForm.reporter());
                redirect.addFlashAttribute("saved", "registry.report.saved");
                if (!report.possibleDuplicates().isEmpty()) {
                    redirect.addFlashAttribute("duplicatesFound", true);
                }
                return "redirect:/registry/missing-persons/" + report.missingPerson().id();
            } catch (InputRefusedException refused) {
                FormRefusals.reject(errors, refused, MissingPersonForm.FIELDS);
            }
        }
        return newReport(model);
    }

    @GetMapping("/registry/missing-persons/{id}")
    @RequiresPermission(Permission.MISSING_READ)
    String person(@PathVariable MissingPersonId id, Model model) {
        MissingPerson person = found(registry.findMissingPerson(id.value()));
        model.addAttribute("person", person);
        model.addAttribute("history", registry.statusHistory(id.value()));
        model.addAttribute("duplicates", registry.possibleDuplicatesOf(id.value()));
        model.addAttribute("family", registry.family(person.familyId()));
        model.addAttribute("nextStatuses", person.status().next());
        return "registry/person";
    }

    @PostMapping("/registry/missing-persons/{id}/status")
    @RequiresPermission(Permission.MISSING_WRITE)
    String changeStatus(@PathVariable MissingPersonId id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        String page = "/registry/missing-persons/" + id;
        MissingPersonStatus to = parseStatus(form.get("status"));
        if (to == null) {
            return back(redirect, page, List.of(new InputRefusedException.Problem("status", "choose the new status")), form);
        }
        try {
            registry.changeStatus(id.value(), parseInt(form.get("version")), to, form.get("note"));
            redirect.addFlashAttribute("saved", "registry.status.saved");
            return "redirect:" + page;
        } catch (InputRefusedException refused) {
            return back(redirect, page, refused.problems(), form);
        }
    }

    @PostMapping("/registry/missing-persons/{id}/merge")
    @RequiresPermission(Permission.MISSING_WRITE)
    String merge(@PathVariable MissingPersonId id, @RequestParam String survivorId, @RequestParam(required = false) String reason,
                 RedirectAttributes redirect) {
        try {
            MissingPerson survivor = registry.merge(id.value(), survivorId, reason);
            redirect.addFlashAttribute("saved", "registry.merge.saved");
            return "redirect:/registry/missing-persons/" + survivor.id();
        } catch (InputRefusedException refused) {
            return back(redirect, "/registry/missing-persons/" + id, refused.problems(), Map.of());
        }
    }

    @GetMapping("/registry/families/{id}")
    @RequiresPermission(Permission.MISSING_READ)
    String family(@PathVariable FamilyId id, Model model) {
        Family family = registry.family(id.value());
        model.addAttribute("family", family);
        model.addAttribute("pedigree", registry.pedigree(id.value()));
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("scopes", ConsentScope.values());
        Map<String, String> members = new LinkedHashMap<>();
        List<Member> statements = new ArrayList<>();
        family.missingPersons().forEach(p -> {
            members.put(p.id(), p.name());
            statements.add(new Member(p.id(), p.name(), p.relationWords(), p.relationOf(), p.sex()));
        });
        family.relatives().forEach(r -> {
            members.put(r.id(), r.fullName());
            statements.add(new Member(r.id(), r.fullName(), r.relationWords(), r.relationOf(), r.sex()));
        });
        model.addAttribute("members", members);
        model.addAttribute("statements", statements);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        if (!model.containsAttribute("missingPersonForm")) {
            model.addAttribute("missingPersonForm", MissingPersonForm.blank());
        }
        return "registry/family";
    }

    @PostMapping("/registry/families/{id}/relatives")
    @RequiresPermission(Permission.MISSING_WRITE)
    String addRelative(@PathVariable FamilyId id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        String page = "/registry/families/" + id;
        ContactDetails contact = new ContactDetails(form.get("phone"), form.get("email"), form.get("address"), form.get("language"));
        NewRelative relative = new NewRelative(form.get("fullName"), form.get("fullNameLatin"), parseSex(form.get("sex")),
                form.get("relationWords"), form.get("relationOf"), "on".equals(form.get("reporting")),
                "on".equals(form.get("mayGiveSample")), contact.isEmpty() ? null : contact);
        try {
            registry.addRelative(id.value(), relative);
            redirect.addFlashAttribute("saved", "registry.relative.saved");
            return "redirect:" + page + "#relatives";
        } catch (InputRefusedException refused) {
            return back(redirect, page + "#add-relative", refused.problems(), form);
        }
    }

    @PostMapping("/registry/families/{id}/missing-persons")
    @RequiresPermission(Permission.MISSING_WRITE)
    String addMissingPerson(@PathVariable FamilyId id, @Valid @ModelAttribute MissingPersonForm missingPersonForm, BindingResult errors,
                            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Registry.Report report = registry.addMissingPerson(id.value(), missingPersonForm.person(),
                        missingPersonForm.relationWords(), missingPersonForm.relationOf());
                redirect.addFlashAttribute("saved", "registry.report.saved");
                return "redirect:/registry/missing-persons/" + report.missingPerson().id();
            } catch (InputRefusedException refused) {
                FormRefusals.reject(errors, refused, MissingPersonForm.FIELDS);
            }
        }
        return family(id, model);
    }

    /** The correction form: for each member, {@code words.<id>}, {@code of.<id>} and {@code sex.<id>}. */
    @PostMapping("/registry/families/{id}/relationships")
    @RequiresPermission(Permission.MISSING_WRITE)
    String correctRelationships(@PathVariable FamilyId id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        String page = "/registry/families/" + id;
        Family family = registry.family(id.value());
        List<RelationStatement> statements = new ArrayList<>();
        List<String> members = new ArrayList<>();
        family.missingPersons().forEach(p -> members.add(p.id()));
        family.relatives().forEach(r -> members.add(r.id()));
        for (String member : members) {
            if (!form.containsKey("words." + member)) {
                continue;
            }
            String words = Text.clean(form.get("words." + member));
            String of = Text.clean(form.get("of." + member));
            statements.add(new RelationStatement(member, words == null ? "-" : words, words == null ? "-" : of,
                    parseSex(form.get("sex." + member))));
        }
        try {
            registry.correctRelationships(id.value(), parseInt(form.get("version")), statements);
            redirect.addFlashAttribute("saved", "registry.relationships.saved");
            return "redirect:" + page + "#pedigree";
        } catch (InputRefusedException refused) {
            redirect.addFlashAttribute("preview", registry.previewRelationships(id.value(), statements.stream()
                    .map(s -> "-".equals(s.words()) ? new RelationStatement(s.member(), null, null, s.sex()) : s).toList()));
            return back(redirect, page + "#correct", refused.problems(), form);
        }
    }

    @GetMapping("/registry/relatives/{id}/contact")
    @SignedIn
    String contact(@PathVariable RelativeId id, Model model) {
        ContactDetails contact = registry.contact(id.value()).orElse(null); // checks FAMILY_CONTACT_READ or break-glass first; audited
        Relative relative = registry.relative(id.value());
        model.addAttribute("relative", relative);
        model.addAttribute("contact", contact);
        model.addAttribute("resource", Registry.contactResource(id.value()));
        // read by breaking the glass (the refusal became the break-glass form): until when, for the notice
        model.addAttribute("breakGlassUntil", breakGlass.openedUntil(Permission.FAMILY_CONTACT_READ, Registry.contactResource(id.value())).orElse(null));
        return "registry/contact";
    }

    @PostMapping("/registry/relatives/{id}/contact")
    @RequiresPermission(Permission.FAMILY_CONTACT_WRITE)
    String updateContact(@PathVariable RelativeId id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Relative relative = registry.relative(id.value());
        registry.updateContact(id.value(), new ContactDetails(form.get("phone"), form.get("email"), form.get("address"), form.get("language")));
        redirect.addFlashAttribute("saved", "registry.contact.saved");
        return "redirect:/registry/families/" + relative.familyId() + "#relatives";
    }

    @PostMapping("/registry/families/{familyId}/samples")
    @RequiresPermission(Permission.CONSENT_WRITE)
    String recordSample(@PathVariable FamilyId familyId, @RequestParam Map<String, String> form,
                        @RequestParam(name = "organisations", required = false) String organisations, RedirectAttributes redirect) {
        String page = "/registry/families/" + familyId;
        String id = form.get("donor");
        if (id == null || registry.family(familyId.value()).relatives().stream().noneMatch(r -> r.id().equals(id))) {
            return back(redirect, page + "#samples", List.of(new InputRefusedException.Problem("donor", "choose the relative who gave the sample")), form);
        }
        List<InputRefusedException.Problem> problems = new ArrayList<>();
        LocalDate collected = parseDate(form.get("collectedOn"), "collectedOn", problems);
        ConsentScope scope = null;
        try {
            scope = blank(form.get("consentScope")) ? null : ConsentScope.valueOf(form.get("consentScope"));
        } catch (IllegalArgumentException unknown) {
            problems.add(new InputRefusedException.Problem("consentScope", "choose the scope of the consent"));
        }
        Set<String> orgs = blank(organisations) ? Set.of() : Set.copyOf(List.of(organisations.split("\\s*,\\s*")));
        if (!problems.isEmpty()) {
            return back(redirect, page + "#samples", problems, form);
        }
        try {
            registry.recordReferenceSample(id, new NewReferenceSample(form.get("sampleCode"), collected, scope, orgs));
            redirect.addFlashAttribute("saved", "registry.sample.saved");
            return "redirect:" + page + "#samples";
        } catch (InputRefusedException refused) {
            return back(redirect, page + "#samples", refused.problems(), form);
        }
    }

    @PostMapping("/registry/samples/{code}/withdrawal")
    @RequiresPermission(Permission.CONSENT_WRITE)
    String withdraw(@PathVariable String code, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        long familyId = registry.familyOfSample(code);
        try {
            registry.withdrawConsent(code, reason);
            redirect.addFlashAttribute("saved", "registry.withdrawal.saved");
        } catch (InputRefusedException refused) {
            redirect.addFlashAttribute("problems", refused.problems());
        }
        return "redirect:/registry/families/" + familyId + "#samples";
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
        try {
            model.addAttribute("imported", registry.attachLabResults(file.getOriginalFilename(), file.getBytes()));
        } catch (ImportRejectedException rejected) {
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("rejected", rejected.rows());
        }
        return "registry/lab-results";
    }

    /** A stale version (someone changed the record meanwhile): back to the page, saying so. */
    @ExceptionHandler(AccountException.class)
    String stale(AccountException stale, RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request) {
        redirect.addFlashAttribute("problems", List.of(new InputRefusedException.Problem("version", stale.getMessage())));
        String referer = request.getHeader("Referer");
        String path = referer == null ? null : java.net.URI.create(referer).getPath();
        return "redirect:" + (path != null && path.startsWith("/registry") ? path : "/registry");
    }

    // --- form reading ------------------------------------------------------------------------------


    private static String back(RedirectAttributes redirect, String page, List<InputRefusedException.Problem> problems,
                               Map<String, String> form) {
        redirect.addFlashAttribute("problems", problems);
        redirect.addFlashAttribute("form", form);
        return "redirect:" + page;
    }

    private static <T> T found(Optional<T> value) {
        return value.orElseThrow(() -> new NotFoundException("record", ""));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static LocalDate parseDate(String text, String field, List<InputRefusedException.Problem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException bad) {
            problems.add(new InputRefusedException.Problem(field, "is not a date (year-month-day)"));
            return null;
        }
    }

    private static Sex parseSex(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Sex.valueOf(text);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static MissingPersonStatus parseStatus(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return MissingPersonStatus.valueOf(text);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException bad) {
            return -1;
        }
    }
}
