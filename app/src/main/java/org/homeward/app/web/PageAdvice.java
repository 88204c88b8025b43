package org.homeward.app.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.security.CurrentUserModel;
import org.homeward.app.security.CurrentUserModel.SignedInPerson;
import org.homeward.app.security.RestrictedRecordException;
import org.homeward.app.security.RestrictedRecordPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * What every page shares: who is signed in ({@code signedIn}, for the header), the formats
 * ({@code fmt}: dates, numbers, LRs and enum values in the reader's language), and the refusals a
 * page did not answer itself, as the error page with the right status — an unknown id is "no page at
 * this address" (404), refused input the page could not show in place 400, a restricted record the
 * break-glass form or 403. (API controllers are answered first by {@link ApiProblems}.)
 */
@ControllerAdvice(annotations = Controller.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PageAdvice {

    private final CurrentUserModel currentUser;
    private final RestrictedRecordPage restricted;
    private final Formats formats;

    @ModelAttribute("signedIn")
    SignedInPerson signedIn() {
        return currentUser.signedIn();
    }

    @ModelAttribute("fmt")
    PageFormats formats(Locale locale) {
        return formats.in(locale);
    }

    @ExceptionHandler(RestrictedRecordException.class)
    ModelAndView restricted(RestrictedRecordException refused, HandlerMethod handler, HttpServletRequest request) {
        return restricted.restricted(refused, handler, request);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return ErrorPages.page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(InputRefusedException.class)
    ModelAndView refused() {
        return ErrorPages.page(HttpStatus.BAD_REQUEST);
    }
}
