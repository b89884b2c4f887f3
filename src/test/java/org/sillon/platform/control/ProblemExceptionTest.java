package org.sillon.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.InvalidValue;

class ProblemExceptionTest {


    @Test
    void onFieldKeepsTheFieldOfAnInvalidValue() {
        ProblemException e = assertThrows(ProblemException.class, () -> ProblemException.onField("address",
                (Supplier<Object>) () -> {
                    throw new InvalidValue("address.postalCode", "a French postal code has five digits");
                }));
        assertEquals("address.postalCode", e.field());
        assertEquals(400, e.problem().status());
        assertEquals("a French postal code has five digits", e.problem().errors().get(0).message());
    }

    @Test
    void onFieldNamesTheGivenFieldForAPlainIllegalArgument() {
        ProblemException e = assertThrows(ProblemException.class, () -> ProblemException.onField("password",
                (Supplier<Object>) () -> {
                    throw new IllegalArgumentException("must have at least 12 characters");
                }));
        assertEquals("password", e.field());
        assertEquals(400, e.problem().status());
        assertEquals("must have at least 12 characters", e.problem().errors().get(0).message());
        assertEquals("password: must have at least 12 characters", e.getMessage());
    }

    @Test
    void tooLargeIsA413NamingTheField() {
        ProblemException e = ProblemException.tooLarge("import-too-large", "file", "a.xlsx: has more than 3 rows");
        assertEquals(413, e.problem().status());
        assertEquals("https://sillon.org/problems/import-too-large", e.problem().type());
        assertEquals("file", e.field());
        assertEquals("a.xlsx: has more than 3 rows", e.problem().errors().get(0).message());
        assertEquals("file: a.xlsx: has more than 3 rows", e.getMessage());
    }

    @Test
    void onFieldReturnsTheValueWhenTheCheckPasses() {
        Object value = new Object();
        assertSame(value, ProblemException.onField("x", (Supplier<Object>) () -> value));
    }

    @Test
    void onFieldWithARunnable() {
        AtomicBoolean ran = new AtomicBoolean();
        ProblemException.onField("x", (Runnable) () -> ran.set(true));
        assertTrue(ran.get());

        ProblemException plain = assertThrows(ProblemException.class,
                () -> ProblemException.onField("newPassword", (Runnable) () -> {
                    throw new IllegalArgumentException("too short");
                }));
        assertEquals("newPassword", plain.field());

        ProblemException own = assertThrows(ProblemException.class,
                () -> ProblemException.onField("person", (Runnable) () -> {
                    throw new InvalidValue("lastName", "is required");
                }));
        assertEquals("lastName", own.field());
    }

    @Test
    void onFieldLetsOtherExceptionsThrough() {
        assertThrows(IllegalStateException.class, () -> ProblemException.onField("x", (Runnable) () -> {
            throw new IllegalStateException("not a validation problem");
        }));
    }

    @Test
    void invalidIsA400NamingTheField() {
        ProblemException e = ProblemException.invalid("size", "must be between 1 and 200");
        assertEquals(400, e.problem().status());
        assertEquals("size", e.field());
    }

    @Test
    void conflictIsA409() {
        ProblemException onField = ProblemException.conflict("duplicate-email", "email", "already used");
        assertEquals(409, onField.problem().status());
        assertEquals("email", onField.field());
        assertTrue(onField.problem().type().endsWith("/duplicate-email"));
        assertEquals("already used", onField.getMessage());
    }

    @Test
    void notFoundIsA404() {
        ProblemException e = ProblemException.notFound("Person", 42);
        assertEquals(404, e.problem().status());
        assertEquals("Person 42 does not exist", e.getMessage());
        assertNull(e.field());
    }
}
