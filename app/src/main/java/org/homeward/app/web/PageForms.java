package org.homeward.app.web;

import java.util.Map;
import java.util.function.Supplier;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.StateRefusedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/** The one way a page shows its form (see the README's "A new page form"). */
public final class PageForms {

    private PageForms() {
    }

    /**
     * Puts {@code blank} in the model as the form {@code name} unless the form is already there: a
     * refused form rendered again keeps what was typed, with its errors beside each field.
     */
    public static void blankUnlessTyped(Model model, String name, Object blank) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, blank);
        }
    }

    /** {@link #blankUnlessTyped(Model, String, Object)} for each of a page's forms, by name. */
    public static void blankUnlessTyped(Model model, Map<String, ?> blanks) {
        blanks.forEach((name, blank) -> blankUnlessTyped(model, name, blank));
    }

    /**
     * Lets each form of a page bind only its own fields, called from the page's one {@code @InitBinder}
     * naming its forms: {@code PageForms.allowFields(binder, Map.of("stepForm", StepForm.FIELDS, …))}.
     */
    public static void allowFields(WebDataBinder binder, Map<String, String[]> fieldsByForm) {
        binder.setAllowedFields(fieldsByForm.get(binder.getObjectName()));
    }

    /**
     * The one step of a posted form: a valid form is saved by {@code save}, which answers the view to go
     * to (mostly a redirect); a form refused by validation or by the feature is shown {@code again},
     * each {@link InputRefusedException} problem beside its field among {@code fields}, and a refusal
     * of the record's state ({@link StateRefusedException}) above the form.
     */
    public static String submit(BindingResult errors, String[] fields, Supplier<String> save, Supplier<String> again) {
        if (!errors.hasErrors()) {
            try {
                return save.get();
            } catch (InputRefusedException refused) {
                FormRefusals.reject(errors, refused, fields);
            } catch (StateRefusedException refused) {
                errors.reject("refused", refused.getMessage());
            }
        }
        return again.get();
    }
}
