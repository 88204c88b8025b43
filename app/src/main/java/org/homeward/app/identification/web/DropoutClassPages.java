package org.homeward.app.identification.web;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.genetics.DropoutClass;
import org.homeward.app.genetics.ImportRejectedException;
import org.homeward.app.genetics.RowProblem;
import org.homeward.app.genetics.SampleDropoutClasses;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.FormRefusals;
import org.homeward.app.web.PageForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The dropout classes of remains samples: an analyst sets one sample's class, or uploads the lab's
 * table of classes (a refused table is listed problem by problem, nothing kept). The next run
 * screens each sample under its class.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DropoutClassPages {

    private static final String PAGE = "identification/dropout-classes";

    private final SampleDropoutClasses classes;

    @GetMapping("/identification/dropout-classes")
    @RequiresPermission(Permission.PROFILES_WRITE)
    String page(Model model) {
        model.addAttribute("dropoutClasses", DropoutClass.values());
        PageForms.blankUnlessTyped(model, "dropoutClassForm", DropoutClassForm.blank());
        return PAGE;
    }

    @PostMapping("/identification/dropout-classes")
    @RequiresPermission(Permission.PROFILES_WRITE)
    String set(@Valid @ModelAttribute("dropoutClassForm") DropoutClassForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                classes.set(form.sampleCode().strip(), form.dropoutClass());
                redirect.addFlashAttribute("setSample", form.sampleCode().strip());
                redirect.addFlashAttribute("setClass", form.dropoutClass().name());
                return "redirect:/" + PAGE;
            } catch (InputRefusedException refused) {
                FormRefusals.reject(errors, refused, DropoutClassForm.FIELDS);
            }
        }
        return page(model);
    }

    /** The lab's table of classes (columns {@code sample} and {@code dropout class}). */
    @PostMapping("/identification/dropout-classes/file")
    @RequiresPermission(Permission.PROFILES_WRITE)
    String upload(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        List<RowProblem> problems;
        try {
            if (file == null || file.isEmpty()) {
                problems = List.of(new RowProblem(0, "", "choose a table of dropout classes"));
            } else {
                redirect.addFlashAttribute("imported", classes.importClasses(name, file.getBytes()));
                return "redirect:/" + PAGE;
            }
        } catch (ImportRejectedException rejected) {
            problems = rejected.rows();
        } catch (IOException unreadable) {
            problems = List.of(new RowProblem(0, "", "the upload could not be read"));
        }
        model.addAttribute("refusedFile", name);
        model.addAttribute("problems", problems);
        return page(model);
    }

    @InitBinder("dropoutClassForm")
    void formFields(WebDataBinder binder) {
        binder.setAllowedFields(DropoutClassForm.FIELDS);
    }
}
