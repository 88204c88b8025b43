package org.homeward.app.remains.web;

import static org.homeward.app.web.Limits.RECENT_ROWS;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.genetics.ImportRejectedException;
import org.homeward.app.genetics.LabResultJobs;
import org.homeward.app.genetics.LabSide;
import org.homeward.app.jobs.JobSummary;
import org.homeward.app.remains.RemainsLab;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.Sample;
import org.homeward.app.remains.SampleCode;
import org.homeward.app.remains.SampleMaterial;
import org.homeward.app.remains.WorkQueue;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.UploadedFiles;
import org.homeward.formats.common.Strictness;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
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

/** The lab's and the morgue's pages: the queues, failed samples taken again, lab results imported. */
@Controller
@RemainsAccess
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LabPages {

    private final RemainsRegister register;
    private final RemainsLab lab;
    private final LabResultJobs labJobs;
    private final RemainsDisplay display;

    @PostMapping("/remains/samples/{code}/failure")
    @RequiresPermission(Permission.PROFILES_WRITE)
    String recordFailure(@PathVariable SampleCode code, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect,
                         Locale locale) {
        return toQueues(redirect, () -> {
            lab.recordFailure(code, reason);
            return display.message("remains.queues.failed", locale, code);
        });
    }

    @PostMapping("/remains/samples/{code}/resample")
    String resample(@PathVariable SampleCode code, @Valid @ModelAttribute SampleForm sampleForm, BindingResult errors,
                    RedirectAttributes redirect, Locale locale) {
        FieldError refused = errors.getFieldError();
        if (refused != null) {
            redirect.addFlashAttribute("error", refused.getField() + ": " + refused.getDefaultMessage());
            return "redirect:/remains/queues";
        }
        return toQueues(redirect, () -> {
            Sample sample = lab.resample(code, sampleForm.sample(display.zone()));
            return display.message("remains.body.sampleTaken", locale, sample.code());
        });
    }

    @InitBinder("sampleForm")
    void sampleFields(WebDataBinder binder) {
        binder.setAllowedFields(SampleForm.FIELDS);
    }

    /** The file is attached in the background: its job's page follows it (a missing upload is refused above the queues). */
    @PostMapping("/remains/lab-results")
    @RequiresPermission(Permission.PROFILES_WRITE)
    String importResults(@RequestParam(name = "file", required = false) MultipartFile file,
                         @RequestParam(defaultValue = "STRICT") Strictness strictness, RedirectAttributes redirect) {
        try {
            return "redirect:" + JobSummary.page(labJobs.start(LabSide.remains, file == null ? null : file.getOriginalFilename(),
                    UploadedFiles.content(file, "choose a lab file"), strictness));
        } catch (InputRefusedException refused) {
            redirect.addFlashAttribute("error", refused.path() + ": " + refused.getMessage());
            return "redirect:/remains/queues";
        }
    }

    @GetMapping("/remains/queues")
    String queues(Model model) {
        Map<WorkQueue.Kind, WorkQueue> queues = new LinkedHashMap<>();
        register.queues(RECENT_ROWS).forEach(queue -> queues.put(queue.kind(), queue));
        model.addAttribute("queues", queues);
        model.addAttribute("materials", SampleMaterial.values());
        model.addAttribute("strictnesses", Strictness.values());
        return "remains/queues";
    }

    /** A form that should carry a file but is not a multipart request. */
    @ExceptionHandler(MultipartException.class)
    void notAnUpload(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    /**
     * Runs a write from a queue's row; its message, or the refusal naming the field or the file's rows,
     * is shown above the queues (a row's small form has no room for problems beside its fields).
     */
    private String toQueues(RedirectAttributes redirect, Supplier<String> write) {
        try {
            redirect.addFlashAttribute("notice", write.get());
        } catch (ImportRejectedException rejected) {
            redirect.addFlashAttribute("error", rejected.getMessage());
            redirect.addFlashAttribute("problems", rejected.rows());
        } catch (InputRefusedException refused) {
            redirect.addFlashAttribute("error", refused.path() + ": " + refused.getMessage());
        }
        return "redirect:/remains/queues";
    }
}
