package org.sillon.platform.control;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The transactions of this bean work for the thread's association. {@link AssociationBinding} puts it on every
 * {@code @Transactional} bean, so no facade can forget it.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface AssociationBound {

    final class Literal extends jakarta.enterprise.util.AnnotationLiteral<AssociationBound> implements AssociationBound {
        private static final long serialVersionUID = 1L;
        public static final Literal INSTANCE = new Literal();
    }
}
