package org.homeward.app.frequencies.web;

import java.util.Map;

import jakarta.validation.Valid;

import org.homeward.app.frequencies.LabFrequencies;
import org.homeward.app.genetics.ImportRejectedException;
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

    @GetMapping("/identification/frequencies")
    @RequiresPermission(Permission.FREQUENCIES_MANAGE)
    String databases(Model model) {
        model.addAttribute("databases", frequencies.databases());
        model.addAttribute("inUse", frequencies.inUse().label());
        PageForms.blankUnlessTyped(model, "upload", FrequencyUploadForm.blank());
        return "identification/frequencies";
    }

    /** Keeps the upload (a refused file is listed problem by problem, nothing kept) and shows what was said of it. */
    @PostMapping("/identification/frequencies")
    @RequiresPermission(Permission.FREQUENCIES_MANAGE)
    String upload(@Valid @ModelAttribute("upload") FrequencyUploadForm upload, BindingResult errors, Model model, RedirectAttributes redirect) {
        return PageForms.submit(errors, FrequencyUploadForm.FIELDS, () -> {
            try {
                LabFrequencies.Uploaded kept = frequencies.upload(upload.name(), upload.fileName(), upload.content(), upload.useIt());
                redirect.addFlashAttribute("uploaded", kept.database());
                redirect.addFlashAttribute("warnings", kept.warnings());
                return "redirect:/identification/frequencies";
            } catch (ImportRejectedException rejected) {
                model.addAttribute("refusedFile", upload.fileName());
                model.addAttribute("problems", rejected.rows());
                return databases(model);
            }
        }, () -> databases(model));
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
