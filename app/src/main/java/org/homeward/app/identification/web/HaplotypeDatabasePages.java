package org.homeward.app.identification.web;

import jakarta.validation.Valid;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.genetics.Lineage;
import org.homeward.app.identification.HaplotypeDatabase;
import org.homeward.app.identification.HaplotypeDatabaseJobs;
import org.homeward.app.identification.HaplotypeDatabases;
import org.homeward.app.jobs.JobSummary;
import org.homeward.app.lists.ListForm;
import org.homeward.app.lists.Listing;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.FormRefusals;
import org.homeward.app.web.PageForms;
import org.homeward.kinship.lineage.FrequencyMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A laboratory's Y-STR and mtDNA haplotype databases: the versions uploaded (paged, sortable, by lineage), an
 * upload, the choice of the one identification uses per lineage, and the Y-STR frequency method.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HaplotypeDatabasePages {

    private static final String PAGE = "/identification/haplotype-databases";

    private final HaplotypeDatabases databases;
    private final HaplotypeDatabaseJobs uploads;

    @GetMapping(PAGE)
    @RequiresPermission(Permission.IDENTIFICATION_RUN)
    String page(@Valid ListForm listForm, Model model) {
        model.addAttribute("list", new Listing<>(databases.page(listForm.query()), listForm, PAGE)); // PAGE also after a refused POST
        model.addAttribute("yDatabases", databases.all().stream().filter(d -> d.lineage() == Lineage.Y_STR).toList());
        model.addAttribute("lineages", Lineage.values());
        model.addAttribute("methods", FrequencyMethod.values());
        PageForms.blankUnlessTyped(model, "upload", HaplotypeDatabaseUploadForm.blank());
        PageForms.blankUnlessTyped(model, "frequency", YFrequencyForm.blank());
        return "identification/haplotype-databases";
    }

    /** Keeps the upload in the background: its job's page follows it (a refused file is listed there problem by problem, nothing kept). */
    @PostMapping(PAGE)
    @RequiresPermission(Permission.IDENTIFICATION_RUN)
    String upload(@Valid @ModelAttribute("upload") HaplotypeDatabaseUploadForm upload, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:" + JobSummary.page(uploads.start(upload.lineage(), upload.fileName(), upload.content()));
            } catch (InputRefusedException refused) {
                FormRefusals.reject(errors, refused, HaplotypeDatabaseUploadForm.FIELDS);
            }
        }
        return page(ListForm.blank(), model);
    }

    @PostMapping(PAGE + "/{id}/choice")
    @RequiresPermission(Permission.IDENTIFICATION_RUN)
    String choose(@PathVariable long id, RedirectAttributes redirect) {
        HaplotypeDatabase chosen = databases.choose(id);
        redirect.addFlashAttribute("chosen", chosen);
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/y-frequency")
    @RequiresPermission(Permission.IDENTIFICATION_RUN)
    String yFrequency(@Valid @ModelAttribute("frequency") YFrequencyForm frequency, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                redirect.addFlashAttribute("frequencySet", databases.chooseYFrequency(frequency.database(), frequency.frequency()));
                return "redirect:" + PAGE;
            } catch (InputRefusedException refused) {
                FormRefusals.reject(errors, refused, YFrequencyForm.FIELDS);
            }
        }
        return page(ListForm.blank(), model);
    }

    @InitBinder({"upload", "frequency"})
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("upload".equals(binder.getObjectName()) ? HaplotypeDatabaseUploadForm.FIELDS : YFrequencyForm.FIELDS);
    }
}
