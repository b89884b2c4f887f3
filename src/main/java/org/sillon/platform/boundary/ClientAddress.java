package org.sillon.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request comes from, as the key of per-client limits (login throttling today). It is the peer's
 * address, unless the peer is one of the trusted reverse proxies ({@code sillon.security.trusted-proxies}):
 * then it is the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy, since entries
 * further left were written by the client and prove nothing. An IPv6 address counts as its /64, which one
 * host usually holds whole: hopping inside it must not buy a fresh key.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    // starts with a hex digit or a colon: InetAddress then parses a literal and never asks the DNS
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}");
    private static final int LONGEST_KEY = 64;

    /** An address range: the first {@code bits} bits of {@code network}. */
    private record Range(byte[] network, int bits) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Inject
    @ConfigProperty(name = "sillon.security.trusted-proxies")
    Optional<String> trustedProxies;

    private List<Range> trusted = List.of();

    @PostConstruct
    void configure() {
        List<Range> ranges = new ArrayList<>();
        for (String entry : trustedProxies.orElse("").split(",")) {
            if (!entry.isBlank()) {
                ranges.add(range(entry.strip()));
            }
        }
        trusted = List.copyOf(ranges);
    }

    /** The key of the client that sent the request. */
    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** The client's key from the peer's address and the X-Forwarded-For headers, in the order received. */
    String resolve(String peer, List<String> forwardedFor) {
        byte[] hop = parse(peer);
        if (hop == null) {
            // not an IP address (a Unix socket?): the peer's own text is still one client
            String text = String.valueOf(peer).strip();
            return text.length() > LONGEST_KEY ? text.substring(0, LONGEST_KEY) : text;
        }
        if (!isTrusted(hop)) {
            return key(hop);
        }
        List<String> entries = forwardedFor.stream().flatMap(h -> Arrays.stream(h.split(",", -1))).toList();
        for (int i = entries.size() - 1; i >= 0 && isTrusted(hop); i--) {
            byte[] entry = parse(entries.get(i));
            if (entry == null) {
                break; // garbage: the last address a trusted proxy vouched for stands
            }
            hop = entry;
        }
        return key(hop);
    }

    private boolean isTrusted(byte[] address) {
        return trusted.stream().anyMatch(r -> r.contains(address));
    }

    private static Range range(String text) {
        int slash = text.indexOf('/');
        byte[] network = parse(slash < 0 ? text : text.substring(0, slash));
        if (network == null) {
            throw new IllegalArgumentException("sillon.security.trusted-proxies: " + text + " is not an IP address");
        }
        int bits = network.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits < 0 || bits > network.length * 8) {
                throw new IllegalArgumentException("sillon.security.trusted-proxies: " + text + " has no valid prefix");
            }
        }
        return new Range(network, bits);
    }

    /**
     * The bytes of an address written as an IP literal, possibly with a port ("192.0.2.1:443",
     * "[2001:db8::1]:443"); null for anything else. IPv4-mapped IPv6 addresses come back as IPv4.
     */
    static byte[] parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            s = end < 0 ? "" : s.substring(1, end);
        } else if (s.indexOf(':') > 0 && s.indexOf(':') == s.lastIndexOf(':') && s.indexOf('.') > 0) {
            s = s.substring(0, s.indexOf(':'));
        }
        var v4 = IPV4.matcher(s);
        if (v4.matches()) {
            byte[] address = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(v4.group(i + 1));
                if (octet > 255) {
                    return null;
                }
                address[i] = (byte) octet;
            }
            return address;
        }
        if (s.indexOf(':') >= 0 && IPV6.matcher(s).matches()) {
            try {
                return InetAddress.getByName(s).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
        return null;
    }

    /** "192.0.2.1", or for IPv6 the /64 the address belongs to: "2001:db8:1:2::/64". */
    static String key(byte[] address) {
        if (address.length == 4) {
            return (address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + "."
                    + (address[3] & 0xff);
        }
        StringBuilder prefix = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            prefix.append(Integer.toHexString(((address[2 * group] & 0xff) << 8) | (address[2 * group + 1] & 0xff)))
                    .append(':');
        }
        return prefix.append(":/64").toString();
    }
}
