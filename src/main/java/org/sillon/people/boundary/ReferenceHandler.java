package org.sillon.people.boundary;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the tables whose references to persons, households or organisations this bean looks after: its
 * observers move their rows on {@link PersonsMerged}, forget them on {@link PersonErased} and remove, unlink
 * or refuse on {@link PersonDeleting}, {@link HouseholdDeleting} and {@link OrganisationDeleting}. A test
 * reads the database's references and fails for a table that no bean names, or whose beans observe
 * neither an event its references call for nor list it in {@link #nothingToDoOn}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReferenceHandler {

    /** Table names, as in the migrations. */
    String[] tables();

    /** Lifecycle events that need nothing done to these tables' rows; say why beside the annotation. */
    Class<?>[] nothingToDoOn() default {};
}
