package org.homeward.app.security;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * A password that does not meet the policy; {@link #problems()} lists every reason as a message
 * key. The exception's message is the English text (for the command line and logs); pages show
 * {@link #describe(AccountException, MessageSource, Locale) the reader's language}.
 */
public class PasswordRejectedException extends AccountException {

    private static final long serialVersionUID = 1L;

    private final transient List<MessageSourceResolvable> problems;

    public PasswordRejectedException(List<MessageSourceResolvable> problems) {
        super(english(problems));
        this.problems = List.copyOf(problems);
    }

    public List<MessageSourceResolvable> problems() {
        return problems;
    }

    /** What to tell the person about {@code refused}: a refused password in their language, else the message. */
    static String describe(AccountException refused, MessageSource messages, Locale locale) {
        if (refused instanceof PasswordRejectedException rejected) {
            return rejected.problems.stream().map(problem -> messages.getMessage(problem, locale)).collect(Collectors.joining(" "));
        }
        return refused.getMessage();
    }

    private static String english(List<MessageSourceResolvable> problems) {
        ResourceBundle english = ResourceBundle.getBundle("messages", Locale.ROOT);
        return problems.stream()
                .map(problem -> new java.text.MessageFormat(english.getString(problem.getCodes()[0]), Locale.ENGLISH)
                        .format(problem.getArguments()))
                .collect(Collectors.joining(" "));
    }
}
