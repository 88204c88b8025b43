package org.homeward.app.security;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** User management for administrators: list, create, change roles, disable, one-time password links. */
@Controller
@RequiresPermission(Permission.USERS_MANAGE)
@BrowserSessionOnly
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UserAdminPages {

    private final UserAccounts accounts;

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("roles", Role.values());
        return "security/users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(name = "roles", required = false) Set<Role> roles, Model model) {
        try {
            UserAccount created = accounts.create(username, displayName, roles == null ? EnumSet.noneOf(Role.class) : roles);
            return showLink(created, accounts.passwordLink(created.id()), model);
        } catch (AccountException refused) {
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("username", username);
            model.addAttribute("displayName", displayName);
            return list(model);
        }
    }

    @GetMapping("/admin/users/{id}")
    String user(@PathVariable long id, Model model) {
        model.addAttribute("user", accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("roles", Role.values());
        return "security/user";
    }

    @PostMapping("/admin/users/{id}/roles")
    String changeRoles(@PathVariable long id, @RequestParam int version, @RequestParam(name = "roles", required = false) Set<Role> roles,
            Model model) {
        try {
            accounts.changeRoles(id, version, roles == null ? EnumSet.noneOf(Role.class) : roles);
            return "redirect:/admin/users/" + id;
        } catch (AccountException refused) {
            model.addAttribute("error", refused.getMessage());
            return user(id, model);
        }
    }

    @PostMapping("/admin/users/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam int version, @RequestParam boolean enabled, Model model) {
        try {
            accounts.setEnabled(id, version, enabled);
            return "redirect:/admin/users/" + id;
        } catch (AccountException refused) {
            model.addAttribute("error", refused.getMessage());
            return user(id, model);
        }
    }

    @PostMapping("/admin/users/{id}/password-link")
    String passwordLink(@PathVariable long id, Model model) {
        UserAccount user = accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return showLink(user, accounts.passwordLink(id), model);
    }

    private static String showLink(UserAccount user, OneTimeLink link, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("link", link.url(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()));
        model.addAttribute("expiresAt", link.expiresAt());
        return "security/user-link";
    }
}
