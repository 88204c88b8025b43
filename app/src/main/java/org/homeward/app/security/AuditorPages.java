package org.homeward.app.security;

import jakarta.validation.Valid;

import org.homeward.app.audit.AuditLog;
import org.homeward.app.lists.ListForm;
import org.homeward.app.lists.Listing;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The auditor's pages: the audit log (paged, sortable, filtered by actor, action, dates and text), verification of the whole chain, every
 * break-glass access (the reads of DNA profiles are listed by genetics' {@code GeneticReadsPages}). (The audit module keeps the log; who may read it is decided here.)
 */
@Controller
@RequiresPermission(Permission.AUDIT_READ)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditorPages {

    private final AuditLog audit;
    private final BreakGlass breakGlass;
    @KeptPage(showsReads = true)
    @GetMapping("/audit")
    String recent(@Valid ListForm listForm, Model model) {
        model.addAttribute("list", Listing.of(audit.page(listForm.query()), listForm));
        return "security/audit";
    }

    @GetMapping("/audit/verification")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return "security/audit-verification";
    }

    @GetMapping("/audit/break-glass")
    String breakGlass(Model model) {
        model.addAttribute("grants", breakGlass.grants());
        return "security/break-glass";
    }
}
