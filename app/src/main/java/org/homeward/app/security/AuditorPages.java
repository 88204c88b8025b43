package org.homeward.app.security;

import static org.homeward.app.web.Limits.PAGE_SIZE;
import static org.homeward.app.web.Limits.RECENT_ROWS;

import org.homeward.app.audit.AuditLog;
import org.homeward.app.genetics.GeneticReads;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The auditor's pages: the newest audit entries, verification of the whole chain, every
 * break-glass access, and every read of DNA profiles per user and per sample (also as JSON). (The audit module keeps the log; who may read it is decided here.)
 */
@Controller
@RequiresPermission(Permission.AUDIT_READ)
class AuditorPages {

    private final AuditLog audit;
    private final BreakGlass breakGlass;
    private final GeneticReads geneticReads;

    AuditorPages(AuditLog audit, BreakGlass breakGlass, GeneticReads geneticReads) {
        this.audit = audit;
        this.breakGlass = breakGlass;
        this.geneticReads = geneticReads;
    }

    @GetMapping("/audit")
    String recent(Model model) {
        model.addAttribute("entries", audit.recent(RECENT_ROWS));
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

    @GetMapping("/audit/genetic-reads")
    String geneticReads(@RequestParam(required = false) String user, @RequestParam(required = false) String sample,
                        @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("sample", sample);
        model.addAttribute("reads", geneticReads.reads(user, sample, page, PAGE_SIZE));
        return "security/genetic-reads";
    }

    @GetMapping("/api/audit/genetic-reads")
    @ResponseBody
    GeneticReads.Page geneticReadsApi(@RequestParam(required = false) String user, @RequestParam(required = false) String sample,
                                      @RequestParam(defaultValue = "0") int page) {
        return geneticReads.reads(user, sample, page, PAGE_SIZE);
    }
}
