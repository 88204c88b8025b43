package org.homeward.app.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A feature's service, the face that other features and the web layer call: a Spring bean whose
 * methods read in a read-only transaction unless they declare their own {@code @Transactional}, as
 * every write does. Declared once here so that the features' services cannot drift apart on it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Service
@Transactional(readOnly = true)
public @interface FeatureService {
}
