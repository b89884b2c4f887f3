package org.sillon.platform.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a REST resource or method; a method's annotation wins over its class's. A REST method
 * without one is closed to everyone ({@link RoleCheck}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Allowed {
    Audience value();
}
