package org.homeward.app.ledger.web;

import java.util.Map;
import java.util.function.Supplier;

import org.homeward.app.common.InputRefusedException;

import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.Qualifier;
import org.homeward.app.ledger.SourceKind;
import org.homeward.app.ledger.TransferKind;
import org.homeward.app.ledger.Unit;
import org.homeward.app.ledger.Verification;
import org.homeward.app.web.Limits;
import org.homeward.app.web.PageForms;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/** What every ledger page controller gives its forms: the choices of the enum selects, and each form's allow-list. */
final class LedgerForms {

    private LedgerForms() {
    }

    static void enumChoices(Model model) {
        model.addAttribute("qualifiers", Qualifier.values());
        model.addAttribute("units", Unit.values());
        model.addAttribute("sourceKinds", SourceKind.values());
        model.addAttribute("precisions", DatePrecision.values());
        model.addAttribute("transferKinds", TransferKind.values());
        model.addAttribute("verifications", Verification.values());
    }

    /** Binds only the fields of the form being posted, by the form's model name (a form has up to {@link Limits#MAX_ROWS} rows). */
    static void allowOnly(WebDataBinder binder, Map<String, String[]> formFields) {
        String[] fields = formFields.get(binder.getObjectName());
        if (fields != null) {
            binder.setAllowedFields(fields);
            binder.setAutoGrowCollectionLimit(Limits.MAX_ROWS);
        }
    }

    /**
     * A refusal of a claim's figure ({@code figure}, {@code items[2].figure}) named by the figure's
     * first input ({@code value}), which every form that states a figure has: it is shown beside it.
     */
    static InputRefusedException figureBesideValue(InputRefusedException refused) {
        return new InputRefusedException(refused.problems().stream().map(problem -> problem.path().equals("figure")
                || problem.path().endsWith(".figure")
                ? new InputRefusedException.Problem(problem.path().substring(0, problem.path().length() - "figure".length()) + "value",
                problem.message()) : problem).toList());
    }

    /**
     * Writes a valid form and goes to the page {@code write} names; an invalid or refused one is shown
     * again by {@code again}, each refusal beside its field.
     */
    static String submit(BindingResult errors, String[] fields, Supplier<String> write, Supplier<String> again) {
        return PageForms.submit(errors, fields, () -> {
            try {
                return "redirect:" + write.get();
            } catch (InputRefusedException refused) {
                throw figureBesideValue(refused);
            }
        }, again);
    }
}
