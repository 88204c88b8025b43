package org.homeward.app.security;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The public pages of accounts: sign-in, the first administrator's setup link, and the one-time
 * links with which people set their passwords. (Spring Security itself handles POST /login and
 * POST /logout.)
 */
@Controller
@PublicEndpoint
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SignInPages {

    private final UserAccounts accounts;
    private final MessageSource messages;

    @GetMapping("/login")
    String login() {
        return "security/login";
    }

    @GetMapping("/setup/{token}")
    String setup(@PathVariable String token, Model model) {
        if (!accounts.setupLinkValid(token)) {
            return "security/link-invalid";
        }
        model.addAttribute("token", token);
        return "security/setup";
    }

    @PostMapping("/setup/{token}")
    String createAdministrator(@PathVariable String token, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeatPassword, Locale locale, Model model) {
        try {
            requireSame(password, repeatPassword);
            accounts.createFirstAdministrator(token, username, displayName, password);
            return "redirect:/login?created";
        } catch (AccountException refused) {
            if (!accounts.setupLinkValid(token)) {
                return "security/link-invalid";
            }
            model.addAttribute("token", token);
            model.addAttribute("username", username);
            model.addAttribute("displayName", displayName);
            model.addAttribute("error", PasswordRejectedException.describe(refused, messages, locale));
            return "security/setup";
        }
    }

    @GetMapping("/password/{token}")
    String passwordForm(@PathVariable String token, Model model) {
        return accounts.passwordLinkHolder(token).map(account -> {
            model.addAttribute("token", token);
            model.addAttribute("account", account);
            return "security/password";
        }).orElse("security/link-invalid");
    }

    @PostMapping("/password/{token}")
    String setPassword(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeatPassword, Locale locale, Model model) {
        try {
            requireSame(password, repeatPassword);
            accounts.setPasswordWithLink(token, password);
            return "redirect:/login?passwordSet";
        } catch (AccountException refused) {
            return accounts.passwordLinkHolder(token).map(account -> {
                model.addAttribute("token", token);
                model.addAttribute("account", account);
                model.addAttribute("error", PasswordRejectedException.describe(refused, messages, locale));
                return "security/password";
            }).orElse("security/link-invalid");
        }
    }

    static void requireSame(String password, String repeated) {
        if (!password.equals(repeated)) {
            throw new AccountException("The two passwords differ.");
        }
    }
}
