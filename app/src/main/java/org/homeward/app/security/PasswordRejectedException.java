package org.homeward.app.security;

import java.util.List;

/** A password that does not meet the policy; {@link #problems()} lists every reason. */
public class PasswordRejectedException extends AccountException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public PasswordRejectedException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
