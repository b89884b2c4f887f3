package org.sillon.guard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SameOriginCheckTest {

    private static final String OWN = "https://sillon.example.org";

    private final SameOriginCheck check = new SameOriginCheck("http://localhost:8080");

    @Test
    void fetchMetadataDecidesWhenTheBrowserSendsIt() {
        assertNull(check.refusal("same-origin", null, null, OWN));
        assertNotNull(check.refusal("cross-site", OWN, null, OWN), "the browser's word wins over a matching Origin");
        assertNotNull(check.refusal("same-site", null, null, OWN), "a sibling subdomain is another site");
        assertNotNull(check.refusal("none", null, null, OWN));
    }

    @Test
    void otherwiseTheOriginMustBeSillonsOwn() {
        assertNull(check.refusal(null, "https://sillon.example.org", null, OWN));
        assertNull(check.refusal(null, "HTTPS://Sillon.Example.org", null, OWN));
        assertNotNull(check.refusal(null, "https://evil.example", null, OWN));
        assertNotNull(check.refusal(null, "null", null, OWN), "a sandboxed or file page sends Origin: null");
        assertNull(check.refusal(null, "http://localhost:8080", null, OWN), "the configured base URL counts too");
    }

    @Test
    void aClientSendingNeitherHeaderMustAddXRequestedWith() {
        assertNotNull(check.refusal(null, null, null, OWN));
        assertNull(check.refusal(null, null, "XMLHttpRequest", OWN));
    }

    @Test
    void anOriginLeavesOutTheDefaultPort() {
        assertEquals("https://sillon.example.org", SameOriginCheck.origin(URI.create("https://sillon.example.org:443/api/")));
        assertEquals("http://localhost:8080", SameOriginCheck.origin(URI.create("http://LOCALHOST:8080/api/")));
        assertEquals("http://a.example", SameOriginCheck.origin(URI.create("http://a.example/")));
    }
}
