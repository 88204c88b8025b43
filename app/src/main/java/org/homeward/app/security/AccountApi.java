package org.homeward.app.security;

import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The REST API of the signed-in user: who they are and what they may do, and opening break-glass. */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountApi {

    record BreakGlassBody(@Size(max = NAME_LENGTH) String resource, @Size(max = NOTE_LENGTH) String reason) {
    }

    record Me(String username, String displayName, Set<Role> roles, List<String> permissions) {
    }

    private final BreakGlass breakGlass;

    @GetMapping("/api/me")
    @SignedIn
    Me me(Authentication authentication) {
        HomewardPrincipal me = CurrentUser.principal();
        return new Me(me.username(), me.displayName(), me.roles(),
                authentication.getAuthorities().stream().map(a -> a.getAuthority()).filter(a -> !a.startsWith("FACTOR_")).sorted().toList());
    }

    @PostMapping("/api/break-glass")
    @RequiresPermission(Permission.BREAK_GLASS)
    BreakGlassGrant openBreakGlass(@Valid @RequestBody BreakGlassBody body) {
        return breakGlass.open(body.resource(), body.reason());
    }

}
