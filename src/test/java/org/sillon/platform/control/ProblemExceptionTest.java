package org.sillon.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;

class ProblemExceptionTest {

    @Test
    void onFieldKeepsTheFieldOfAnInvalidValue() {
        ProblemException e = assertThrows(ProblemException.class, () -> ProblemException.onField("address",
                (Supplier<Object>) () -> {
                    throw new InvalidValue("address.postalCode", Message.of("postalCode.french"));
                }));
        assertEquals("address.postalCode", e.field());
        assertEquals(400, e.status());
        assertEquals("a French postal code has five digits", e.problem(Locale.ENGLISH).errors().get(0).message());
    }

    @Test
    void onFieldNamesEveryFieldThatChecksGathered() {
        InvalidValue.Checks checks = new InvalidValue.Checks();
        checks.check("phone", () -> {
            throw new InvalidValue(null, Message.of("phone.invalid"));
        });
        checks.check("address", () -> {
            throw new InvalidValue("address.postalCode", Message.of("postalCode.french"));
        });
        ProblemException e = assertThrows(ProblemException.class, () -> ProblemException.onField("body", checks::refuseIfAny));
        assertEquals(List.of("phone", "address.postalCode"),
                e.problem(Locale.ENGLISH).errors().stream().map(Problem.FieldError::field).toList());
        assertEquals(400, e.status());
    }

    @Test
    void onFieldNamesTheGivenFieldForAValueThatNamesNone() {
        ProblemException e = assertThrows(ProblemException.class, () -> ProblemException.onField("password",
                (Supplier<Object>) () -> {
                    throw new InvalidValue(null, Message.of("min.length", 12));
                }));
        assertEquals("password", e.field());
        assertEquals(400, e.status());
        assertEquals("must have at least 12 characters", e.problem(Locale.ENGLISH).errors().get(0).message());
        assertEquals("password: must have at least 12 characters", e.getMessage());
    }

    @Test
    void tooLargeIsA413NamingTheField() {
        ProblemException e = ProblemException.tooLarge("import-too-large", "file",
                Message.of("import.file", "a.xlsx", Message.of("import.maxRows", 3, "sillon.imports.max-rows")));
        assertEquals(413, e.status());
        assertEquals("https://sillon.org/problems/import-too-large", e.problem(Locale.ENGLISH).type());
        assertEquals("file", e.field());
        assertEquals("a.xlsx: has more than 3 rows (limit sillon.imports.max-rows)", e.problem(Locale.ENGLISH).errors().get(0).message());
        assertEquals("file: a.xlsx: has more than 3 rows (limit sillon.imports.max-rows)", e.getMessage());
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
                    throw new InvalidValue(null, Message.of("password.repeats"));
                }));
        assertEquals("newPassword", plain.field());

        ProblemException own = assertThrows(ProblemException.class,
                () -> ProblemException.onField("person", (Runnable) () -> {
                    throw new InvalidValue("lastName", Message.of("required"));
                }));
        assertEquals("lastName", own.field());
    }

    @Test
    void onFieldLetsOtherExceptionsThrough() {
        assertThrows(IllegalStateException.class, () -> ProblemException.onField("x", (Runnable) () -> {
            throw new IllegalStateException("not a validation problem");
        }));
        assertThrows(IllegalArgumentException.class, () -> ProblemException.onField("x", (Runnable) () -> {
            throw new IllegalArgumentException("a bug, not a refusal");
        }));
    }

    @Test
    void invalidIsA400NamingTheField() {
        ProblemException e = ProblemException.invalid("size", Message.of("between", 1, 200));
        assertEquals(400, e.status());
        assertEquals("size", e.field());
    }

    @Test
    void conflictIsA409() {
        ProblemException onField = ProblemException.conflict("duplicate-email", "email",
                Message.of("person.emailTaken", "anne@example.org"));
        assertEquals(409, onField.status());
        assertEquals("email", onField.field());
        assertTrue(onField.problem(Locale.ENGLISH).type().endsWith("/duplicate-email"));
        assertEquals("another person already has the email anne@example.org", onField.getMessage());
    }

    @Test
    void notFoundIsA404() {
        ProblemException e = ProblemException.notFound(Message.of("notFound.person", 42));
        assertEquals(404, e.status());
        assertEquals("Person 42 does not exist", e.getMessage());
        assertNull(e.field());
    }

    @Test
    void theDocumentIsWordedInTheLanguageAskedForWithTheKeys() {
        ProblemException e = ProblemException.invalid("email", Message.of("email.invalid"));
        Problem en = e.problem(Locale.ENGLISH);
        assertEquals("Invalid request", en.title());
        assertEquals("email: is not a valid email address", en.detail());
        assertEquals("email.invalid", en.key());
        assertEquals(List.of(new Problem.FieldError("email", "is not a valid email address", "email.invalid")), en.errors());

        Problem fr = e.problem(Locale.FRENCH);
        assertEquals("Requête invalide", fr.title());
        assertEquals("email : n'est pas une adresse électronique valide", fr.detail());
        assertEquals("email.invalid", fr.key());
        assertEquals("n'est pas une adresse électronique valide", fr.errors().get(0).message());
        assertEquals(e.problem(Locale.ENGLISH), e.problem(Locale.GERMAN), "English for a language Sillon does not speak");
    }

    @Test
    void aProblemWithoutFieldsHasTheKeyOfItsDetail() {
        Problem p = Versions.stale().problem(Locale.FRENCH);
        assertEquals(412, p.status());
        assertEquals("stale", p.key());
        assertEquals("Version périmée", p.title());
        assertTrue(p.errors().isEmpty());
    }
}
