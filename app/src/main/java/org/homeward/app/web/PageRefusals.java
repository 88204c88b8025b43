package org.homeward.app.web;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The shared refusals a page did not answer itself, as the error page with the right status: an
 * unknown id is "no page at this address" (404), refused input the page could not show in place 400.
 * (API controllers are answered first by {@link ApiProblems}.)
 */
@ControllerAdvice(annotations = Controller.class)
class PageRefusals {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return ErrorPages.page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(InputRefusedException.class)
    ModelAndView refused() {
        return ErrorPages.page(HttpStatus.BAD_REQUEST);
    }
}
