package org.homeward.archfixture.alpha;

import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A feature's own controller advice, outside {@code web}: a violation. */
@RestControllerAdvice
public class AlphaProblems {
}
