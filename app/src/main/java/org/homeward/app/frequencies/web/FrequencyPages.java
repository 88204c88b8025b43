package org.homeward.app.frequencies.web;

import java.util.Map;

import jakarta.validation.Valid;

import org.homeward.app.frequencies.FrequencyUploadJobs;
import org.homeward.app.frequencies.LabFrequencies;
import org.homeward.app.jobs.JobSummary;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.PageForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The laboratory's frequency databases: the list with the one in use, an upload, and the choice. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FrequencyPages {

    private final LabFrequencies frequencies;
    private final FrequencyUploadJobs uploads;

    @GetMapping("/identification/frequencies")
    @RequiresPermission(Permission.FREQUENCIES_MANAGE)
    String databases(Model model) {
        model.addAttribute("databases", frequencies.databases());
        model.addAttribute("inUse", frequencies.inUse().label());
        PageForms.blankUnlessTyped(model, "upload", FrequencyUploadForm.blank());
        return "identification/frequencies";
    }

    /** Keeps the upload in the background: its job's page follows it (a refused file is listed there problem by problem, nothing kept). */
    @PostMapping("/identification/frequencies")
    @RequiresPermission(Permission.FREQUENCIES_MANAGE)
    String upload(@Valid @ModelAttribute("upload") FrequencyUploadForm upload, BindingResult errors, Model model) {
        return PageForms.submit(errors, FrequencyUploadForm.FIELDS,
                () -> "redirect:" + JobSummary.page(uploads.start(upload.name(), upload.fileName(), upload.content(), upload.useIt())),
                () -> databases(model));
    }

    @PostMapping("/identification/frequencies/choice")
    @RequiresPermission(Permission.FREQUENCIES_MANAGE)
    String choose(@ModelAttribute("choice") FrequencyChoice choice, RedirectAttributes redirect) {
        frequencies.choose(choice.chosen());
        redirect.addFlashAttribute("chosen", true);
        return "redirect:/identification/frequencies";
    }

    @InitBinder({"upload", "choice"})
    void allowedFields(WebDataBinder binder) {
        PageForms.allowFields(binder, Map.of("upload", FrequencyUploadForm.FIELDS, "choice", FrequencyChoice.FIELDS));
    }
}
