package org.homeward.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Accounts: one-time password links, optimistic locking of edits, and the last administrator. */
@SpringBootTest
class UserAccountsTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void a_new_account_sets_its_password_through_a_one_time_link_that_works_once() {
        UserAccount frank = SystemTasks.callAs("test", () -> accounts.create("Frank.Smith", "Frank Smith", EnumSet.of(Role.OBSERVER)));
        assertThat(frank.username()).isEqualTo("frank.smith");
        assertThat(frank.passwordSet()).isFalse();
        OneTimeLink link = SystemTasks.callAs("test", () -> accounts.passwordLink(frank.id()));
        String token = link.path().substring("/password/".length());

        assertThatThrownBy(() -> accounts.setPasswordWithLink(token, "frank.smith is me 2025"))
                .isInstanceOf(PasswordRejectedException.class).hasMessageContaining("must not contain the username");
        assertThat(accounts.setPasswordWithLink(token, "correct horse battery staple").passwordSet()).isTrue();
        assertThatThrownBy(() -> accounts.setPasswordWithLink(token, "another good passphrase"))
                .isInstanceOf(AccountException.class).hasMessageContaining("no longer valid");
    }

    @Test
    void a_newer_link_retires_the_older_one() {
        UserAccount grace = SystemTasks.callAs("test", () -> accounts.create("grace", null, EnumSet.of(Role.AUDITOR)));
        String first = SystemTasks.callAs("test", () -> accounts.passwordLink(grace.id())).path().substring(10);
        String second = SystemTasks.callAs("test", () -> accounts.passwordLink(grace.id())).path().substring(10);

        assertThat(accounts.passwordLinkHolder(first)).isEmpty();
        assertThat(accounts.passwordLinkHolder(second)).hasValueSatisfying(a -> assertThat(a.username()).isEqualTo("grace"));
    }

    @Test
    void two_administrators_cannot_overwrite_each_others_edits_unknowingly() {
        UserAccount heidi = SecurityTestSupport.newUser(accounts, "heidi", Role.COORDINATOR);
        SystemTasks.runAs("test", () -> accounts.changeRoles(heidi.id(), heidi.version(), EnumSet.of(Role.AUDITOR)));

        assertThatThrownBy(() -> SystemTasks.runAs("test", () -> accounts.setEnabled(heidi.id(), heidi.version(), false)))
                .isInstanceOf(StaleRecordException.class).hasMessageContaining("changed by someone else");
        assertThat(accounts.find(heidi.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void the_last_administrator_cannot_be_disabled_or_demoted() {
        UserAccount only = SecurityTestSupport.newUser(accounts, "root", Role.ADMINISTRATOR);
        for (UserAccount account : accounts.list()) {
            if (account.id() != only.id() && account.roles().contains(Role.ADMINISTRATOR) && account.enabled()) {
                SystemTasks.runAs("test", () -> accounts.changeRoles(account.id(), account.version(), EnumSet.of(Role.OBSERVER)));
            }
        }

        assertThatThrownBy(() -> SystemTasks.runAs("test", () -> accounts.setEnabled(only.id(), only.version(), false)))
                .isInstanceOf(AccountException.class).hasMessageContaining("last administrator");
        assertThatThrownBy(() -> SystemTasks.runAs("test", () -> accounts.changeRoles(only.id(), only.version(), EnumSet.of(Role.AUDITOR))))
                .isInstanceOf(AccountException.class).hasMessageContaining("last administrator");
    }

    @Test
    void usernames_are_checked_and_unique() {
        assertThatThrownBy(() -> SystemTasks.runAs("test", () -> accounts.create("a", null, EnumSet.of(Role.OBSERVER))))
                .isInstanceOf(AccountException.class).hasMessageContaining("3 to 64 characters");
        SystemTasks.runAs("test", () -> accounts.create("ivan", null, EnumSet.of(Role.OBSERVER)));
        assertThatThrownBy(() -> SystemTasks.runAs("test", () -> accounts.create("IVAN", null, EnumSet.of(Role.OBSERVER))))
                .isInstanceOf(AccountException.class).hasMessageContaining("taken");
    }

    /** Finding 7 of issue 14: an administrator added FORENSIC_ANALYST to their own account. */
    @Test
    void an_administrator_cannot_give_themselves_roles() {
        UserAccount admin = SecurityTestSupport.newUser(accounts, "admin", Role.ADMINISTRATOR);
        assertThatThrownBy(() -> SecurityTestSupport.as(admin,
                () -> accounts.changeRoles(admin.id(), admin.version(), EnumSet.of(Role.ADMINISTRATOR, Role.COORDINATOR))))
                .isInstanceOf(AccountException.class).hasMessageContaining("cannot give yourself roles");
        assertThat(accounts.find(admin.id()).orElseThrow().roles()).containsExactly(Role.ADMINISTRATOR);

        UserAccount other = SecurityTestSupport.newUser(accounts, "admin", Role.ADMINISTRATOR);
        assertThat(SecurityTestSupport.as(other,
                () -> accounts.changeRoles(admin.id(), admin.version(), EnumSet.of(Role.ADMINISTRATOR, Role.COORDINATOR))).roles())
                .containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.COORDINATOR);
    }

    @Test
    void administration_is_never_combined_with_analysis_audit_or_liaison_nor_supervision_with_liaison() {
        UserAccount admin = SecurityTestSupport.newUser(accounts, "admin", Role.ADMINISTRATOR);
        UserAccount other = SecurityTestSupport.newUser(accounts, "admin", Role.ADMINISTRATOR);
        for (Role second : EnumSet.of(Role.FORENSIC_ANALYST, Role.AUDITOR, Role.FAMILY_LIAISON)) {
            assertThatThrownBy(() -> SecurityTestSupport.as(other,
                    () -> accounts.changeRoles(admin.id(), admin.version(), EnumSet.of(Role.ADMINISTRATOR, second))))
                    .as(second.name()).isInstanceOf(AccountException.class).hasMessageContaining("separation of duties");
        }
        assertThatThrownBy(() -> SecurityTestSupport.as(other,
                () -> accounts.create("two-hats-" + System.nanoTime() % 100000, null, EnumSet.of(Role.SUPERVISOR, Role.FAMILY_LIAISON))))
                .isInstanceOf(AccountException.class).hasMessageContaining("FAMILY_LIAISON SUPERVISOR");
        assertThat(accounts.find(admin.id()).orElseThrow().roles()).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void an_account_records_who_created_it() {
        UserAccount admin = SecurityTestSupport.newUser(accounts, "admin", Role.ADMINISTRATOR);
        UserAccount analyst = SecurityTestSupport.as(admin,
                () -> accounts.create("made-" + System.nanoTime() % 100000, null, EnumSet.of(Role.FORENSIC_ANALYST)));
        assertThat(jdbc.sql("SELECT created_by FROM app_user WHERE id = ?").param(analyst.id()).query(Long.class).single())
                .isEqualTo(admin.id());
        assertThat(accounts.createdOneAnotherRecently(analyst.username(), admin.username()))
                .hasValue(admin.username() + " created " + analyst.username());
        assertThat(accounts.createdOneAnotherRecently(analyst.username(), "someone-else")).isEmpty();
    }
}
