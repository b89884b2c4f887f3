package org.sillon.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientAddressTest {

    private static ClientAddress trusting(String proxies) {
        ClientAddress c = new ClientAddress();
        c.trustedProxies = Optional.ofNullable(proxies);
        c.configure();
        return c;
    }

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays() {
        ClientAddress none = trusting(null);
        assertEquals("198.51.100.7", none.resolve("198.51.100.7", List.of()));
        assertEquals("198.51.100.7", none.resolve("198.51.100.7", List.of("203.0.113.1")));
    }

    @Test
    void aSpoofedHeaderFromAnUntrustedPeerIsIgnored() {
        ClientAddress proxied = trusting("127.0.0.1, 10.0.0.0/8");
        assertEquals("198.51.100.7", proxied.resolve("198.51.100.7", List.of("203.0.113.1")));
    }

    @Test
    void behindATrustedProxyTheRightMostEntryIsTheClient() {
        ClientAddress proxied = trusting("127.0.0.1");
        assertEquals("203.0.113.9", proxied.resolve("127.0.0.1", List.of("203.0.113.9")));
        // the client wrote the left entries itself: only the one its proxy added counts
        assertEquals("203.0.113.9", proxied.resolve("127.0.0.1", List.of("192.0.2.1, 192.0.2.2,203.0.113.9")));
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedFromTheRight() {
        ClientAddress proxied = trusting("127.0.0.1,10.0.0.0/8");
        assertEquals("203.0.113.9", proxied.resolve("127.0.0.1", List.of("192.0.2.1, 203.0.113.9, 10.1.2.3")));
        // several header lines read as one list, in order
        assertEquals("203.0.113.9", proxied.resolve("10.0.0.1", List.of("192.0.2.1", "203.0.113.9, 10.9.9.9")));
    }

    @Test
    void whenEveryHopIsTrustedTheFarthestOneIsTheClient() {
        ClientAddress proxied = trusting("127.0.0.1,10.0.0.0/8");
        assertEquals("10.0.0.5", proxied.resolve("127.0.0.1", List.of("10.0.0.5, 10.0.0.6")));
        assertEquals("127.0.0.1", proxied.resolve("127.0.0.1", List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "", " ", "evil.example.org", "999.1.1.1", "1.2.3", "1.2.3.4.5", "::g",
            "[2001:db8::1", "_hidden", "2001:db8::1%eth0", ".1:2::3"})
    void garbageLeavesTheLastAddressATrustedProxyVouchedFor(String entry) {
        ClientAddress proxied = trusting("127.0.0.1,10.0.0.0/8");
        assertEquals("127.0.0.1", proxied.resolve("127.0.0.1", List.of(entry)));
        assertEquals("10.0.0.2", proxied.resolve("127.0.0.1", List.of("203.0.113.9, " + entry + ", 10.0.0.2")));
    }

    @Test
    void portsAndBracketsAreDropped() {
        ClientAddress proxied = trusting("127.0.0.1");
        assertEquals("203.0.113.9", proxied.resolve("127.0.0.1", List.of("203.0.113.9:51234")));
        assertEquals("2001:db8:0:1::/64", proxied.resolve("127.0.0.1", List.of("[2001:db8:0:1::7]:443")));
    }

    @Test
    void anIpv6AddressCountsAsItsSlash64() {
        ClientAddress none = trusting("");
        String one = none.resolve("2001:db8:aa:bb:1:2:3:4", List.of());
        assertEquals("2001:db8:aa:bb::/64", one);
        assertEquals(one, none.resolve("2001:db8:aa:bb:ffff:ffff:ffff:ffff", List.of()));
        assertEquals(one, none.resolve("2001:DB8:AA:BB::1", List.of()));
        assertNotEquals(one, none.resolve("2001:db8:aa:bc::1", List.of()));
        assertEquals("0:0:0:0::/64", none.resolve("::1", List.of()));
        assertEquals("192.0.2.1", none.resolve("::ffff:192.0.2.1", List.of()), "IPv4-mapped is IPv4");
    }

    @Test
    void ipv6ProxiesAndRangesAreTrustedToo() {
        ClientAddress proxied = trusting("::1, 2001:db8:ff00::/40");
        assertEquals("203.0.113.9", proxied.resolve("::1", List.of("203.0.113.9")));
        assertEquals("203.0.113.9", proxied.resolve("0:0:0:0:0:0:0:1", List.of("203.0.113.9")));
        assertEquals("2001:db8:1:0::/64",
                proxied.resolve("2001:db8:ff12::1", List.of("2001:db8:1::9")));
        assertEquals("2001:db8:fe00:0::/64", proxied.resolve("2001:db8:fe00::1", List.of("203.0.113.9")));
    }

    @Test
    void aPeerThatIsNoIpAddressIsStillOneClient() {
        assertEquals("local", trusting("").resolve(" local ", List.of()));
        assertEquals("x".repeat(64), trusting("").resolve("x".repeat(100), List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.example.org", "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/x", "::1/129", "256.0.0.1"})
    void aWrongTrustedProxyStopsTheStart(String entry) {
        assertThrows(IllegalArgumentException.class, () -> trusting("127.0.0.1," + entry));
    }
}
