package org.homeward.app.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * The password policy: at least 12 characters (and at most 72 bytes, bcrypt's limit), no NUL or
 * other control characters, not containing the username, and hard to guess: zxcvbn's estimate
 * (which sees repeats, sequences, keyboard walks, dates and common passwords or words with
 * substitutions, such as {@code Password1234!}) scores at least {@link #MIN_SCORE} of 4. Length
 * and unpredictability beat composition rules, so there are none.
 *
 * <p>Each problem is a message key ({@code password.problem.*} in {@code messages*.properties}),
 * shown in the reader's language.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    /** zxcvbn's score 3: "safely unguessable", about 10^10 guesses. */
    static final int MIN_SCORE = 3;

    private static final Zxcvbn STRENGTH = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** Every reason {@code password} is refused for {@code username}; empty when it is acceptable. */
    static List<MessageSourceResolvable> problems(String username, String password) {
        List<MessageSourceResolvable> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(problem("missing"));
            return problems;
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(problem("controlCharacters"));
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add(problem("tooShort", MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(problem("tooLong", MAX_BYTES));
        }
        boolean hasName = username != null && username.length() >= 3;
        if (hasName && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(problem("username"));
        } else if (problems.isEmpty()
                && STRENGTH.measure(password, hasName ? List.of(username) : List.of()).getScore() < MIN_SCORE) {
            problems.add(problem("guessable"));
        }
        return problems;
    }

    static void check(String username, String password) {
        List<MessageSourceResolvable> problems = problems(username, password);
        if (!problems.isEmpty()) {
            throw new PasswordRejectedException(problems);
        }
    }

    private static MessageSourceResolvable problem(String name, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {"password.problem." + name}, arguments);
    }
}
