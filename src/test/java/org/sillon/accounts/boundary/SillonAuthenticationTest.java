package org.sillon.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SillonAuthenticationTest {

    private static final String HOME = "/index.xhtml";

    @ParameterizedTest
    @ValueSource(strings = {"/people/persons.xhtml?x=1", "/people/persons.xhtml", "/", "/index.xhtml",
            "/people/person.xhtml?id=42&tab=2", "/accounts/tokens.xhtml#new", "/people/persons.xhtml?q=%2F%2Fevil.com"})
    void keepsALocalPath(String next) {
        assertEquals(next, SillonAuthentication.safeNext(next));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//evil.com", "//evil.com/people", "https://evil.com", "http://evil.com/",
            "javascript:alert(1)", "evil.com", "people/persons.xhtml", "\\evil", "\\\\evil.com", "/\\evil.com",
            "/\\/evil.com", "/people\\..\\evil", " /people/persons.xhtml", "///evil.com"})
    void refusesAnythingButALocalPath(String next) {
        assertEquals(HOME, SillonAuthentication.safeNext(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/people\r\nSet-Cookie: x=1", "/people\nLocation: https://evil.com", "/people\r",
            "/\r\n/evil.com"})
    void refusesHeaderInjection(String next) {
        assertEquals(HOME, SillonAuthentication.safeNext(next));
    }

    @Test
    void refusesATabThatBrowsersWouldDrop() {
        assertEquals(HOME, SillonAuthentication.safeNext("/\t/evil.com"));
        assertEquals(HOME, SillonAuthentication.safeNext("/\t\t/evil.com/people"));
    }
}
