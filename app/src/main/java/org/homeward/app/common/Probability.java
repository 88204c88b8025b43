package org.homeward.app.common;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/**
 * A probability short of certainty, in [0, 1): a mutation rate, a dropout, the co-ancestry θ. NaN is
 * refused. Settings records say it on their components and are {@code @Validated}, so a wrong
 * setting stops the start naming the property.
 */
@Documented
@Constraint(validatedBy = {})
@DecimalMin("0")
@DecimalMax(value = "1", inclusive = false)
@ReportAsSingleViolation
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Probability {

    String message() default "must lie in [0, 1)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
