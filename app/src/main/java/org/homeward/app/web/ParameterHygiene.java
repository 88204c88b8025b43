package org.homeward.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.InputRefusedException.Problem;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * {@link InputHygiene} for every request parameter and form field, before any controller binds or
 * reads it: a refused value is an {@link InputRefusedException} at the field's name, answered by
 * {@link ApiProblems} (400 problem) or {@link PageAdvice} (400 page). Only controllers' requests are
 * checked: any other handler (static resources, the answer to an address no controller serves) reads
 * no parameter, and no advice could answer a refusal there (it would become a 500).
 */
class ParameterHygiene implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String nameRefusal = InputHygiene.textRefusal(parameter.getKey());
            if (nameRefusal != null) {
                problems.add(new Problem("parameter name", nameRefusal));
                continue;
            }
            for (String value : parameter.getValue()) {
                String refusal = InputHygiene.textRefusal(value);
                if (refusal != null) {
                    problems.add(new Problem(parameter.getKey(), refusal));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRefusedException(problems);
        }
        return true;
    }
}
