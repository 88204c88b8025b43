package org.homeward.app.security;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The signed-in person's own account: roles and permissions, password, personal API tokens. */
@Controller
@SignedIn
@BrowserSessionOnly
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountPages {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final MessageSource messages;

    @GetMapping("/account")
    String account(Model model) {
        HomewardPrincipal me = CurrentUser.principal();
        UserAccount account = accounts.find(me.userId()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("permissions", account.permissions());
        model.addAttribute("tokens", tokens.mine());
        return "security/account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeatPassword, HttpServletRequest request, Locale locale, Model model) {
        HomewardPrincipal me = CurrentUser.principal();
        try {
            SignInPages.requireSame(password, repeatPassword);
            UserAccount changed = accounts.changeOwnPassword(me.userId(), currentPassword, password);
            // This session stays signed in with the new version; the person's other sessions end.
            keepSession(request, new HomewardPrincipal(me.userId(), me.username(), me.displayName(), changed.roles(),
                    changed.version(), null));
            model.addAttribute("message", "Your password has been changed.");
        } catch (AccountException refused) {
            model.addAttribute("passwordError", PasswordRejectedException.describe(refused, messages, locale));
        }
        return account(model);
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam(defaultValue = "") String name, @RequestParam(name = "scopes", required = false) Set<Permission> scopes,
            @RequestParam(defaultValue = "90") int days, Model model) {
        try {
            // A blank scopes value converts to no permission at all, not to a null one.
            Set<Permission> chosen = EnumSet.noneOf(Permission.class);
            if (scopes != null) {
                scopes.stream().filter(Objects::nonNull).forEach(chosen::add);
            }
            NewApiToken created = tokens.create(name, chosen, Duration.ofDays(days));
            model.addAttribute("newToken", created);
        } catch (AccountException refused) {
            model.addAttribute("tokenError", refused.getMessage());
        }
        return account(model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, Model model) {
        try {
            tokens.revoke(id);
            model.addAttribute("message", "The token has been revoked.");
        } catch (AccountException refused) {
            model.addAttribute("tokenError", refused.getMessage());
        }
        return account(model);
    }

    private static void keepSession(HttpServletRequest request, HomewardPrincipal principal) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                current.getAuthorities());
        updated.setDetails(current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }
}
