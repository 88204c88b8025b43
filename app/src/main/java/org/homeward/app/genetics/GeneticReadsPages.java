package org.homeward.app.genetics;

import jakarta.validation.Valid;

import org.homeward.app.common.Page;
import org.homeward.app.lists.ListForm;
import org.homeward.app.lists.Listing;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The auditor's list of every read of DNA profiles, by user ({@code actor}) and sample code ({@code q},
 * exactly), also as JSON. It lives with the genetic data it lists, so that security need not depend
 * on genetics.
 */
@Controller
@RequiresPermission(Permission.AUDIT_READ)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GeneticReadsPages {

    private final GeneticReads geneticReads;

    @GetMapping("/audit/genetic-reads")
    String geneticReads(@Valid ListForm listForm, Model model) {
        model.addAttribute("list", Listing.of(geneticReads.reads(listForm.query()), listForm));
        return "security/genetic-reads";
    }

    @GetMapping("/api/audit/genetic-reads")
    @ResponseBody
    Page<GeneticReads.Read> geneticReadsApi(@Valid @ParameterObject ListForm listForm) {
        return geneticReads.reads(listForm.query());
    }
}
