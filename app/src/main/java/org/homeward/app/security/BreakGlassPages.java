package org.homeward.app.security;

import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Break-glass from the browser. A page that reads a restricted record through
 * {@link BreakGlass#requireAccess} and is refused answers, to someone holding
 * {@link Permission#BREAK_GLASS}, with the page {@code security/restricted} (still 403): the record
 * is restricted, give a reason to open it. The form posts to {@code /break-glass}, which opens the
 * grant through {@link BreakGlass#open} (audited) and goes back to the record. Everyone else keeps
 * the plain 403, and programs (API controllers) are not concerned.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BreakGlassPages {

    /** A path of this application to go back to: no scheme, no host, no {@code //}. */
    static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~%/-]{0,300}");

    private final BreakGlass breakGlass;
    private final SecurityProperties properties;

    @PostMapping("/break-glass")
    @RequiresPermission(Permission.BREAK_GLASS)
    String open(@RequestParam @Size(max = NAME_LENGTH) String resource,
                @RequestParam(required = false) @Size(max = NOTE_LENGTH) String reason, @RequestParam String back,
                Model model, jakarta.servlet.http.HttpServletResponse response) {
        if (!LOCAL_PATH.matcher(back).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            breakGlass.open(resource, reason);
            return "redirect:" + back;
        } catch (AccountException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("resource", resource);
            model.addAttribute("minutes", properties.breakGlassValidity().toMinutes());
            model.addAttribute("back", back);
            model.addAttribute("reason", reason);
            model.addAttribute("problem", reason == null || reason.strip().length() < 10
                    ? "breakGlass.problem.reason" : "breakGlass.problem.resource");
            return "security/restricted";
        }
    }
}
