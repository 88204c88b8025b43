package org.homeward.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

class PasswordPolicyTest {

    @Test
    void long_uncommon_passphrases_pass() {
        assertThat(PasswordPolicy.problems("alice", "rivers of the east at dawn")).isEmpty();
        assertThat(PasswordPolicy.problems("alice", SecurityTestSupport.PASSWORD)).isEmpty();
    }

    @Test
    void short_username_overlong_and_missing_passwords_are_refused_with_every_reason() {
        assertThat(codes("alice", "short")).containsExactly("password.problem.tooShort");
        assertThat(codes("alice", "ALICE-in-wonderland")).containsExactly("password.problem.username");
        assertThat(codes("bob", "")).containsExactly("password.problem.missing");
        assertThat(codes("bob", "é".repeat(40))).contains("password.problem.tooLong");
    }

    /** Finding 8 of issue 14: these passed the old policy (12 characters, not on a short list). */
    @Test
    void the_commonest_weak_forms_are_refused_by_the_strength_estimate() {
        for (String weak : List.of("Password1234!", "Password12345", "aaaaaaaaaaaaaaa", "abcabcabcabcabc", "123456789012345",
                "abcdefghijklmnop", "qwertyuiopasdf", "iloveyou123456")) {
            assertThat(codes("alice", weak)).as(weak).containsExactly("password.problem.guessable");
        }
    }

    @Test
    void a_nul_or_other_control_character_is_refused() {
        assertThat(codes("alice", "rivers of the\u0000east at dawn")).contains("password.problem.controlCharacters");
        assertThat(codes("alice", "rivers of the\teast at dawn")).contains("password.problem.controlCharacters");
    }

    @Test
    void the_refusal_says_every_reason_in_english_for_the_console_and_logs() {
        assertThatThrownBy(() -> PasswordPolicy.check("alice", "Password1234!"))
                .isInstanceOf(PasswordRejectedException.class).hasMessageContaining("too easy to guess");
        assertThatThrownBy(() -> PasswordPolicy.check("alice", "short"))
                .hasMessage("A password needs at least 12 characters.");
    }

    private static List<String> codes(String username, String password) {
        return PasswordPolicy.problems(username, password).stream().map(MessageSourceResolvable::getCodes).map(codes -> codes[0]).toList();
    }
}
