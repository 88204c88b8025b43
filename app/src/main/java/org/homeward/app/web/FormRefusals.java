package org.homeward.app.web;

import java.util.List;

import org.homeward.app.common.InputRefusedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** A feature's refusal of a page form, each problem put beside its field (or above the form when it names none of them). */
public final class FormRefusals {

    private FormRefusals() {
    }

    public static void reject(BindingResult errors, InputRefusedException refused, String... fields) {
        List<String> named = List.of(fields);
        for (InputRefusedException.Problem problem : refused.problems()) {
            if (named.contains(problem.path())) {
                errors.rejectValue(problem.path(), "refused", problem.message());
            } else {
                errors.reject("refused", problem.message());
            }
        }
    }

    /**
     * A form's validation problems, each naming its field (or none), for a page that shows them after a
     * redirect: a form repeated on every row of a list, whose problems are shown beside the row's fields.
     */
    public static List<InputRefusedException.Problem> problems(BindingResult errors) {
        return errors.getAllErrors().stream().map(error -> new InputRefusedException.Problem(
                error instanceof FieldError field ? field.getField() : "", error.getDefaultMessage())).toList();
    }
}
