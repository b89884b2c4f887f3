package org.sillon.platform.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST method that reads a file upload: its facade enforces that upload's own size limit, so the
 * guard's general limit on request bodies (sillon.api.max-body-bytes) does not apply to it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Upload {
}
