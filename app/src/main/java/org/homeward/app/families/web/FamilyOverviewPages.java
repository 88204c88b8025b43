package org.homeward.app.families.web;

import org.homeward.app.families.FamilyNotifications;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The liaison officer's overview of a family: who is identified, what was returned, what is outstanding. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FamilyOverviewPages {

    private final FamilyNotifications notifications;

    @GetMapping("/families/{familyId}/overview")
    @RequiresPermission(Permission.MISSING_READ)
    String overview(@PathVariable long familyId, Model model) {
        model.addAttribute("overview", notifications.overview(familyId));
        return "families/overview";
    }
}
