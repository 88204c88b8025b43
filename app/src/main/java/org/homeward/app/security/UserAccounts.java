package org.homeward.app.security;

import static org.homeward.app.web.Limits.NAME_LENGTH;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.security.OneTimeLinks.Purpose;
import org.homeward.app.security.UserStore.StoredUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * User accounts: the first administrator, accounts created by administrators or on the command
 * line, roles, disabling, and passwords set through one-time links. There are no default
 * accounts or passwords. Every change is audited in its own transaction; edits carry the version
 * that was read ({@link StaleRecordException} when someone else changed the account meanwhile).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UserAccounts {

    private final UserStore users;
    private final OneTimeLinks links;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecurityProperties properties;

    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return users.all().stream().map(StoredUser::account).toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long id) {
        return users.findById(id).map(StoredUser::account);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(normalize(username)).map(StoredUser::account);
    }

    /** Whether an enabled administrator with a password exists; until one does, first start offers a setup link. */
    @Transactional(readOnly = true)
    public boolean administratorExists() {
        return users.administratorExists();
    }

    /** A new account without a password; give the person {@link #passwordLink(long)}. */
    @Transactional
    public UserAccount create(String username, String displayName, Set<Role> roles) {
        return insert(username, displayName, roles, null, "link");
    }

    /** A new account with a password chosen now (on the command line). */
    @Transactional
    public UserAccount createWithPassword(String username, String displayName, Set<Role> roles, String password) {
        String name = normalize(username);
        PasswordPolicy.check(name, password);
        return insert(name, displayName, roles, passwords.encode(password), "set");
    }

    /** A one-time link with which the person sets (or resets) their password; earlier links stop working. */
    @Transactional
    public OneTimeLink passwordLink(long userId) {
        StoredUser user = users.findById(userId).orElseThrow(() -> new AccountException("There is no user " + userId + "."));
        OneTimeLink link = links.issue(Purpose.SET_PASSWORD, user.id(), properties.passwordLinkValidity());
        events.publishEvent(AuditEvent.of("user.password-link-issued", subject(user.id())).with("username", user.username())
                .with("expires", link.expiresAt()));
        return link;
    }

    @Transactional
    public UserAccount changeRoles(long id, int expectedVersion, Set<Role> roles) {
        StoredUser before = existing(id);
        boolean own = CurrentUser.find().map(me -> me.userId() == id).orElse(false);
        if (own && !before.roles().containsAll(roles)) {
            throw new AccountException("You cannot give yourself roles; another administrator must do it.");
        }
        requireCompatible(roles);
        if (before.roles().contains(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)) {
            requireAnotherAdministrator(before);
        }
        if (!users.updateRoles(id, expectedVersion, roles)) {
            throw new StaleRecordException("The account " + before.username());
        }
        events.publishEvent(AuditEvent.of("user.roles-changed", subject(id)).with("username", before.username())
                .with("before", names(before.roles())).with("after", names(roles)));
        return existing(id).account();
    }

    @Transactional
    public UserAccount setEnabled(long id, int expectedVersion, boolean enabled) {
        StoredUser before = existing(id);
        if (!enabled && before.roles().contains(Role.ADMINISTRATOR)) {
            requireAnotherAdministrator(before);
        }
        if (!users.updateEnabled(id, expectedVersion, enabled)) {
            throw new StaleRecordException("The account " + before.username());
        }
        events.publishEvent(AuditEvent.of(enabled ? "user.enabled" : "user.disabled", subject(id)).with("username", before.username()));
        return existing(id).account();
    }

    /** When no administrator exists: a new setup link (earlier ones stop working); otherwise empty. */
    @Transactional
    public Optional<OneTimeLink> setupLinkIfNoAdministrator() {
        if (users.administratorExists()) {
            return Optional.empty();
        }
        OneTimeLink link = links.issue(Purpose.SETUP, null, properties.setupLinkValidity());
        events.publishEvent(AuditEvent.of("setup.link-issued", null).with("expires", link.expiresAt()));
        return Optional.of(link);
    }

    boolean setupLinkValid(String token) {
        return links.find(token, Purpose.SETUP).isPresent() && !users.administratorExists();
    }

    /** Creates the first administrator through the setup link, which is used up. */
    @Transactional
    UserAccount createFirstAdministrator(String token, String username, String displayName, String password) {
        String name = normalize(username);
        PasswordPolicy.check(name, password);
        if (users.administratorExists() || links.consume(token, Purpose.SETUP).isEmpty()) {
            throw new AccountException("This setup link is no longer valid.");
        }
        return insert(name, displayName, EnumSet.of(Role.ADMINISTRATOR), passwords.encode(password), "setup-link");
    }

    /** The account whose password a valid link sets. */
    Optional<UserAccount> passwordLinkHolder(String token) {
        return links.find(token, Purpose.SET_PASSWORD).flatMap(valid -> users.findById(valid.userId())).map(StoredUser::account);
    }

    @Transactional
    UserAccount setPasswordWithLink(String token, String password) {
        UserAccount holder = passwordLinkHolder(token)
                .orElseThrow(() -> new AccountException("This link is no longer valid. Ask an administrator for a new one."));
        PasswordPolicy.check(holder.username(), password);
        if (links.consume(token, Purpose.SET_PASSWORD).isEmpty()) {
            throw new AccountException("This link is no longer valid. Ask an administrator for a new one.");
        }
        users.updatePasswordHash(holder.id(), passwords.encode(password));
        throttle.succeeded(holder.username());
        events.publishEvent(AuditEvent.of("user.password-set", subject(holder.id())).with("username", holder.username())
                .with("by", "one-time link").as(holder.username()));
        return existing(holder.id()).account();
    }

    /** The signed-in person changes their own password, giving the current one. */
    @Transactional
    UserAccount changeOwnPassword(long userId, String currentPassword, String newPassword) {
        StoredUser user = existing(userId);
        if (user.passwordHash() == null || !passwords.matches(currentPassword == null ? "" : currentPassword, user.passwordHash())) {
            throw new AccountException("The current password is not right.");
        }
        PasswordPolicy.check(user.username(), newPassword);
        users.updatePasswordHash(userId, passwords.encode(newPassword));
        events.publishEvent(AuditEvent.of("user.password-changed", subject(userId)).with("username", user.username()));
        return existing(userId).account();
    }

    /** Demonstration accounts: created, or given a new password, when {@code serve --demo} starts. */
    @Transactional
    UserAccount demoAccount(String username, String displayName, Role role, String password) {
        Optional<StoredUser> existing = users.findByUsername(username);
        if (existing.isEmpty()) {
            return insert(username, displayName, EnumSet.of(role), passwords.encode(password), SystemTasks.DEMO);
        }
        users.updatePasswordHash(existing.get().id(), passwords.encode(password));
        events.publishEvent(AuditEvent.of("user.password-set", subject(existing.get().id())).with("username", username).with("by", SystemTasks.DEMO));
        return existing(existing.get().id()).account();
    }

    /** The full address of {@code link} to print on the console: under {@code homeward.security.public-url}, else localhost. */
    public String consoleUrl(OneTimeLink link, int port) {
        return link.url(FirstStart.baseUrl(properties.publicUrl(), port));
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    static String subject(long userId) {
        return "user:" + userId;
    }

    private UserAccount insert(String username, String displayName, Set<Role> roles, String passwordHash, String passwordBy) {
        String name = normalize(username);
        if (!name.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            throw new AccountException("A username has 3 to 64 characters: letters a-z, digits, dots, hyphens and"
                    + " underscores, starting with a letter or digit.");
        }
        String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
        if (display.length() > NAME_LENGTH) {
            throw new AccountException("A display name has at most " + NAME_LENGTH + " characters.");
        }
        if (roles.isEmpty()) {
            throw new AccountException("Give the account at least one role.");
        }
        requireCompatible(roles);
        if (users.findByUsername(name).isPresent()) {
            throw new AccountException("The username " + name + " is taken.");
        }
        long id;
        try {
            id = users.insert(name, display, passwordHash, roles, clock.instant(), CurrentUser.find().map(HomewardPrincipal::userId).orElse(null));
        } catch (DuplicateKeyException race) {
            throw new AccountException("The username " + name + " is taken.");
        }
        events.publishEvent(AuditEvent.of("user.created", subject(id)).with("username", name).with("roles", names(roles))
                .with("password", passwordBy));
        return existing(id).account();
    }

    /**
     * Whether one of two people created the other's account within
     * {@code homeward.security.creator-independence}: "creator created created", or empty when they are independent.
     */
    @Transactional(readOnly = true)
    public Optional<String> createdOneAnotherRecently(String firstUsername, String secondUsername) {
        return users.createdOneAnother(firstUsername, secondUsername, clock.instant().minus(properties.creatorIndependence()));
    }

    private static void requireCompatible(Set<Role> roles) {
        Role.conflict(roles).ifPresent(pair -> {
            throw new AccountException("One person cannot hold the roles " + names(pair) + " together (separation of duties).");
        });
    }

    private StoredUser existing(long id) {
        return users.findById(id).orElseThrow(() -> new AccountException("There is no user " + id + "."));
    }

    private void requireAnotherAdministrator(StoredUser user) {
        boolean another = users.all().stream().anyMatch(other -> other.id() != user.id() && other.enabled()
                && other.passwordHash() != null && other.roles().contains(Role.ADMINISTRATOR));
        if (!another) {
            throw new AccountException("The account " + user.username() + " is the last administrator; make another one first.");
        }
    }

    private static String names(Set<Role> roles) {
        TreeSet<String> names = new TreeSet<>();
        roles.forEach(role -> names.add(role.name()));
        return String.join(" ", names);
    }
}
