package org.sillon.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoArgumentCallsTest {

    /** What a page calls: a record's accessor, a method with an argument, one that fails. */
    public record Row(String lastName) {
        public String greet(String whom) {
            return "Bonjour " + whom;
        }

        public String broken() {
            throw new IllegalStateException("unreadable");
        }
    }

    private final NoArgumentCalls resolver = new NoArgumentCalls();
    private final ELContext context = new ELContext() {
        @Override
        public ELResolver getELResolver() {
            return resolver;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    };

    @Test
    void anAccessorIsCalledAndTheCallResolved() {
        assertEquals("Lefèvre", resolver.invoke(context, new Row("Lefèvre"), "lastName", new Class<?>[0], new Object[0]));
        assertTrue(context.isPropertyResolved());
        assertEquals("Martin", resolver.invoke(context, new Row("Martin"), "lastName", null, null));
    }

    @Test
    void callsWithArgumentsUnknownMethodsAndPropertiesAreLeftToTheStandardResolvers() {
        assertNull(resolver.invoke(context, new Row("x"), "greet", new Class<?>[] {String.class}, new Object[] {"y"}));
        assertNull(resolver.invoke(context, new Row("x"), "missing", null, new Object[0]));
        assertNull(resolver.invoke(context, null, "lastName", null, new Object[0]));
        assertNull(resolver.getValue(context, new Row("x"), "lastName"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void aMethodOfAClassThatIsNotPublicIsLeftToTheStandardResolver() {
        // List.of's class is private: its size() is reached through the List interface, as the bean resolver does
        assertNull(resolver.invoke(context, List.of(1, 2), "size", null, new Object[0]));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void aFailureComesAsTheStandardResolverGivesIt() {
        ELException e = assertThrows(ELException.class,
                () -> resolver.invoke(context, new Row("x"), "broken", null, new Object[0]));
        assertSame(IllegalStateException.class, e.getCause().getClass());
    }
}
