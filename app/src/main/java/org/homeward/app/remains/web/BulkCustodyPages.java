package org.homeward.app.remains.web;

import static org.homeward.app.web.Limits.BODY_NUMBER_LENGTH;
import static org.homeward.app.web.Limits.LONGEST_TEXT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.homeward.app.remains.BulkCustodyPreview;
import org.homeward.app.remains.CustodyEvent;
import org.homeward.app.remains.CustodyEventType;
import org.homeward.app.remains.CustodyLog;
import org.homeward.app.remains.StorageKind;
import org.homeward.app.web.PageForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * One custody event for many remains (a truck's load into storage): the remains named by body numbers
 * or scanned label codes, typed, pasted or uploaded as a text file, and by a range. The preview lists
 * what each of them would get, or why it may not, by body number; recording writes all or nothing.
 */
@Controller
@RemainsAccess
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BulkCustodyPages {

    private static final String[] FIELDS = {"bodyNumbers", "from", "to", "event.type", "event.occurredAt", "event.place",
            "event.storage", "event.storagePosition", "event.sealsBroken", "event.sealsApplied", "event.witnesses",
            "event.conditionNotes", "event.reason"};

    private final CustodyLog custody;
    private final RemainsDisplay display;

    @GetMapping("/remains/custody/bulk")
    String form(@RequestParam(required = false) @Size(max = BODY_NUMBER_LENGTH) String from,
                @RequestParam(required = false) @Size(max = BODY_NUMBER_LENGTH) String to, Model model) {
        PageForms.blankUnlessTyped(model, "bulkForm", BulkCustodyForm.blank(from, to));
        model.addAttribute("eventTypes", Arrays.stream(CustodyEventType.values()).filter(type -> !type.recordedThroughItsWorkflow()).toList());
        model.addAttribute("storages", StorageKind.values());
        return "remains/bulk-custody";
    }

    @PostMapping("/remains/custody/bulk/preview")
    String preview(@Valid @ModelAttribute("bulkForm") BulkCustodyForm bulkForm, BindingResult errors,
                   @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        BulkCustodyForm form = withUpload(bulkForm, file, errors);
        return PageForms.submit(errors, FIELDS, () -> {
            model.addAttribute("preview", custody.previewForEach(form.request(display.zone())));
            return shown(form, errors, model);
        }, () -> shown(form, errors, model));
    }

    @PostMapping("/remains/custody/bulk")
    String record(@Valid @ModelAttribute("bulkForm") BulkCustodyForm bulkForm, BindingResult errors,
                  @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect, Locale locale)
            throws IOException {
        BulkCustodyForm form = withUpload(bulkForm, file, errors);
        return PageForms.submit(errors, FIELDS, () -> {
            BulkCustodyPreview preview = custody.previewForEach(form.request(display.zone()));
            if (!preview.recordable()) {
                model.addAttribute("preview", preview);
                return shown(form, errors, model);
            }
            List<CustodyEvent> recorded = custody.recordForEach(form.request(display.zone()));
            redirect.addFlashAttribute("notice", display.message("remains.bulk.recorded", locale, recorded.size(),
                    recorded.get(0).seq(), recorded.get(recorded.size() - 1).seq()));
            return "redirect:/remains/custody/bulk";
        }, () -> shown(form, errors, model));
    }

    /** The page with the form as it stands (the uploaded codes added to those typed) and its problems. */
    private String shown(BulkCustodyForm form, BindingResult errors, Model model) {
        BeanPropertyBindingResult shownErrors = new BeanPropertyBindingResult(form, "bulkForm");
        shownErrors.addAllErrors(errors);
        model.addAttribute("bulkForm", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "bulkForm", shownErrors);
        return form(null, null, model);
    }

    /** The form with the label codes of an uploaded text file after those typed; a file too long is refused beside its field. */
    private static BulkCustodyForm withUpload(BulkCustodyForm form, MultipartFile file, BindingResult errors) throws IOException {
        if (file == null || file.isEmpty()) {
            return form;
        }
        if (file.getSize() > LONGEST_TEXT) {
            errors.reject("refused", "the file of label codes is longer than " + LONGEST_TEXT + " characters");
            return form;
        }
        String text = new String(file.getBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return form.withCodes(text);
    }
}
