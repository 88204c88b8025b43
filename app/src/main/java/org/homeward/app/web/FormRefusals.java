package org.homeward.app.web;

import java.util.List;

import org.homeward.app.common.InputRefusedException;
import org.springframework.validation.BindingResult;

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
}
