package org.homeward.app.genetics;

import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.PAGE_SIZE;

import jakarta.validation.constraints.Size;

import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The auditor's list of every read of DNA profiles, per user and per sample (also as JSON). It
 * lives with the genetic data it lists, so that security need not depend on genetics.
 */
@Controller
@RequiresPermission(Permission.AUDIT_READ)
class GeneticReadsPages {

    private final GeneticReads geneticReads;

    GeneticReadsPages(GeneticReads geneticReads) {
        this.geneticReads = geneticReads;
    }

    @GetMapping("/audit/genetic-reads")
    String geneticReads(@RequestParam(required = false) @Size(max = NAME_LENGTH) String user,
                        @RequestParam(required = false) @Size(max = CODE_LENGTH) String sample,
                        @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("sample", sample);
        model.addAttribute("reads", geneticReads.reads(user, sample, page, PAGE_SIZE));
        return "security/genetic-reads";
    }

    @GetMapping("/api/audit/genetic-reads")
    @ResponseBody
    GeneticReads.Page geneticReadsApi(@RequestParam(required = false) @Size(max = NAME_LENGTH) String user,
                                      @RequestParam(required = false) @Size(max = CODE_LENGTH) String sample,
                                      @RequestParam(defaultValue = "0") int page) {
        return geneticReads.reads(user, sample, page, PAGE_SIZE);
    }
}
