package org.sillon.platform.control;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.transaction.Transactional;

/** Puts {@link AssociationBound} on every bean with transactions, so that each is bound to its association. */
public class AssociationBinding implements Extension {

    <T> void bind(@Observes @WithAnnotations(Transactional.class) ProcessAnnotatedType<T> type) {
        type.configureAnnotatedType().add(AssociationBound.Literal.INSTANCE);
    }
}
