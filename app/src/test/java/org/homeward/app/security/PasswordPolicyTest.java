package org.homeward.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void a_long_uncommon_passphrase_passes() {
        assertThat(PasswordPolicy.problems("alice", "rivers of the east at dawn")).isEmpty();
    }

    @Test
    void short_common_repeated_or_username_passwords_are_refused_with_every_reason() {
        assertThat(PasswordPolicy.problems("alice", "short")).containsExactly("A password needs at least 12 characters.");
        assertThat(PasswordPolicy.problems("alice", "Password1234")).containsExactly("This password is too common; choose another.");
        assertThat(PasswordPolicy.problems("alice", "aaaaaaaaaaaaaaa")).containsExactly("This password is too common; choose another.");
        assertThat(PasswordPolicy.problems("alice", "ALICE-in-wonderland")).containsExactly("A password must not contain the username.");
        assertThat(PasswordPolicy.problems("bob", "")).containsExactly("Choose a password.");
        assertThat(PasswordPolicy.problems("bob", "é".repeat(40))).contains("A password may have at most 72 bytes (about 70 letters).");
    }
}
