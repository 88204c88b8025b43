package org.homeward.app.ledger.web;

import java.util.Map;

import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.Qualifier;
import org.homeward.app.ledger.SourceKind;
import org.homeward.app.ledger.TransferKind;
import org.homeward.app.ledger.Unit;
import org.homeward.app.web.Limits;
import org.springframework.ui.Model;
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
    }

    /** Binds only the fields of the form being posted, by the form's model name (a form has up to {@link Limits#MAX_ROWS} rows). */
    static void allowOnly(WebDataBinder binder, Map<String, String[]> formFields) {
        String[] fields = formFields.get(binder.getObjectName());
        if (fields != null) {
            binder.setAllowedFields(fields);
            binder.setAutoGrowCollectionLimit(Limits.MAX_ROWS);
        }
    }
}
