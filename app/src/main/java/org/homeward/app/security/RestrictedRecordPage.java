package org.homeward.app.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Turns a page's refusal of a restricted record into the break-glass form, for those who may use
 * it (called by the web layer's page advice).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RestrictedRecordPage {

    private final CurrentUserModel currentUser;
    private final SecurityProperties properties;

    public ModelAndView restricted(RestrictedRecordException refused, HandlerMethod handler, HttpServletRequest request) {
        boolean program = AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                || handler.hasMethodAnnotation(ResponseBody.class);
        String back = request.getRequestURI().substring(request.getContextPath().length());
        if (program || !"GET".equals(request.getMethod()) || !CurrentUser.holds(Permission.BREAK_GLASS)
                || !BreakGlassPages.LOCAL_PATH.matcher(back).matches()) {
            throw refused; // the plain 403
        }
        ModelAndView page = new ModelAndView("security/restricted", HttpStatus.FORBIDDEN);
        page.addObject("signedIn", currentUser.signedIn());
        page.addObject("resource", refused.resource());
        page.addObject("minutes", properties.breakGlassValidity().toMinutes());
        page.addObject("back", back);
        return page;
    }
}
