package org.sillon.people.entity;

import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;

/**
 * Writes new households before new persons. A person names its household and a household its main contact, so
 * EclipseLink finds a cycle between the two classes and may order persons first: each new person then writes its
 * new household just before itself, and household and person inserts alternate, a statement each, which no JDBC
 * batch groups. Households first, their main contact's key checked at commit (the constraint is deferred), a
 * flush of new households and members goes out as one batch per table.
 */
public final class PersonsAfterHouseholds implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        descriptor.addConstraintDependency(Household.class);
    }
}
