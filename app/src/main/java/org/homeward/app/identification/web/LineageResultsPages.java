package org.homeward.app.identification.web;

import jakarta.validation.Valid;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.genetics.Lineage;
import org.homeward.app.identification.LineageResultJobs;
import org.homeward.app.genetics.LabSide;
import org.homeward.app.jobs.JobSummary;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.FormRefusals;
import org.homeward.app.web.PageForms;
import org.homeward.formats.common.Strictness;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The pages for a laboratory's Y-STR and mtDNA results, one per side: reference samples (the registry) and remains
 * samples (the register), each form the API's request; the file is read in the background, on its job's page, where a
 * refused file is listed problem by problem, nothing kept.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LineageResultsPages {

    private static final String PAGE = "/identification/lineage-results/{side}";

    private final LineageResultJobs jobs;

    @GetMapping(PAGE)
    @RequiresPermission(Permission.PROFILES_WRITE)
    String page(@PathVariable LabSide side, Model model) {
        PageForms.blankUnlessTyped(model, "results", LineageResultsForm.blank());
        model.addAttribute("side", side);
        model.addAttribute("sides", LabSide.values());
        model.addAttribute("lineages", Lineage.values());
        model.addAttribute("strictnesses", Strictness.values());
        return "identification/lineage-results";
    }

    @PostMapping(PAGE)
    @RequiresPermission(Permission.PROFILES_WRITE)
    String upload(@PathVariable LabSide side, @Valid @ModelAttribute("results") LineageResultsForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:" + JobSummary.page(form.start(jobs, side));
            } catch (InputRefusedException refused) {
                FormRefusals.reject(errors, refused, LineageResultsForm.FIELDS);
            }
        }
        return page(side, model);
    }

    @InitBinder("results")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields(LineageResultsForm.FIELDS);
    }
}
