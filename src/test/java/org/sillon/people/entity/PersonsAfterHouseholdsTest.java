package org.sillon.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.eclipse.persistence.internal.sessions.DatabaseSessionImpl;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

/**
 * EclipseLink's own commit order over the two keys that make the cycle (a person's household, a household's main
 * contact, read-only as in {@link Household}): persons first without the customizer, households first with it.
 */
class PersonsAfterHouseholdsTest {

    @Test
    void theCycleIsBrokenWithPersonsFirstUnlessTheCustomizerSaysOtherwise() {
        assertEquals(List.of(Person.class, Household.class), commitOrder(false));
    }

    @Test
    void withTheCustomizerNewHouseholdsAreWrittenBeforeNewPersons() {
        assertEquals(List.of(Household.class, Person.class), commitOrder(true));
    }

    private static List<Class<?>> commitOrder(boolean customized) {
        RelationalDescriptor person = descriptor(Person.class, "person");
        RelationalDescriptor household = descriptor(Household.class, "household");
        person.addMapping(reference("household", Household.class, "person.household_id", "household.id", false));
        household.addMapping(reference("mainContact", Person.class, "household.main_contact_id", "person.id", true));
        if (customized) {
            new PersonsAfterHouseholds().customize(person);
        }
        Project project = new Project(new DatabaseLogin());
        project.addDescriptor(person);
        project.addDescriptor(household);
        DatabaseSessionImpl session = (DatabaseSessionImpl) project.createDatabaseSession();
        session.initializeDescriptors();
        return List.copyOf(session.getCommitManager().getCommitOrder());
    }

    private static RelationalDescriptor descriptor(Class<?> type, String table) {
        RelationalDescriptor d = new RelationalDescriptor();
        d.setJavaClass(type);
        d.setTableName(table);
        d.setPrimaryKeyFieldName(table + ".id");
        DirectToFieldMapping id = new DirectToFieldMapping();
        id.setAttributeName("id");
        id.setFieldName(table + ".id");
        d.addMapping(id);
        return d;
    }

    private static OneToOneMapping reference(String attribute, Class<?> target, String key, String targetKey,
            boolean readOnly) {
        OneToOneMapping m = new OneToOneMapping();
        m.setAttributeName(attribute);
        m.setReferenceClass(target);
        m.addForeignKeyFieldName(key, targetKey);
        m.dontUseIndirection();
        if (readOnly) {
            m.readOnly();
        }
        return m;
    }
}
