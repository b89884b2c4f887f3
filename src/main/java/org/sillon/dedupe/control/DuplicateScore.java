package org.sillon.dedupe.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.sillon.platform.entity.Folding;

/**
 * How likely two persons are one, from 0 to 100, with the reasons. Pure: it compares two {@link Sketch}es
 * and reads nothing else. Weights add up and are capped at 100:
 * <ul>
 * <li>same email key 80 (emails are unique, so only variants of one address can match: see {@link #emailKey});
 * <li>a phone in common 30 (households share a landline, so a phone alone stays below the usual threshold);
 * <li>names: same 50, swapped 45, similar 35 (Jaro-Winkler of the folded first names and of the folded last
 * names both at least {@value #SIMILAR});
 * <li>only with a matching name: same street address 40, same household 10. Relatives share an address and a
 * last name but not a first name, so an address alone proves nothing.
 * </ul>
 * Same name and address is therefore 90, same email alone 80, same name alone 50, similar name and phone 65.
 */
public final class DuplicateScore {

    /** Jaro-Winkler similarity from which two folded names count as typing variants of each other. */
    public static final double SIMILAR = 0.9;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final Set<String> DOTLESS_DOMAINS = Set.of("gmail.com", "googlemail.com");

    /** The two persons' ids (lower first), the score and why. */
    public record Match(long lowId, long highId, int score, List<DuplicateReason> reasons) {
    }

    /**
     * What the comparison needs of a person, folded once: names without accents, case or spaces ("Le Gall"
     * and "Legall" agree), the email key, the phones and the street address key.
     */
    public record Sketch(long id, String first, String last, String email, Set<String> phones, String postalCode,
            String address, Long householdId) {

        public static Sketch of(long id, String firstName, String lastName, String email, String phone,
                String mobilePhone, String line1, String postalCode, Long householdId) {
            Set<String> phones = new LinkedHashSet<>();
            if (phone != null) {
                phones.add(phone);
            }
            if (mobilePhone != null) {
                phones.add(mobilePhone);
            }
            String postal = postalCode == null || postalCode.isBlank() ? null : postalCode.strip();
            String street = compact(line1);
            String address = street == null || postal == null ? null : street + "|" + postal;
            return new Sketch(id, compact(firstName), compact(lastName), emailKey(email), Set.copyOf(phones),
                    postal, address, householdId);
        }
    }

    private DuplicateScore() {
    }

    /**
     * The email as a person means it: lower case, without the "+tag" of the local part (most providers
     * deliver "anne+jardin@x.org" to "anne@x.org"), and without the dots of a Gmail local part (Gmail ignores
     * them). Other providers' dots are kept: "jean.marc@orange.fr" and "jeanmarc@orange.fr" may be two people.
     */
    public static String emailKey(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String e = email.strip().toLowerCase(Locale.ROOT);
        int at = e.lastIndexOf('@');
        if (at <= 0) {
            return e;
        }
        String local = e.substring(0, at);
        String domain = e.substring(at + 1);
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        if (DOTLESS_DOMAINS.contains(domain)) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }

    /** Folded, without spaces: how names and streets are compared. */
    static String compact(String text) {
        String f = Folding.fold(text);
        return f == null || f.isEmpty() ? null : f.replace(" ", "");
    }

    public static Match score(Sketch a, Sketch b) {
        Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
        int score = 0;
        if (a.email() != null && a.email().equals(b.email())) {
            reasons.add(DuplicateReason.SAME_EMAIL);
            score += 80;
        }
        if (a.phones().stream().anyMatch(b.phones()::contains)) {
            reasons.add(DuplicateReason.SAME_PHONE);
            score += 30;
        }
        DuplicateReason name = name(a, b);
        if (name != null) {
            score += switch (name) {
                case SAME_NAME -> 50;
                case SWAPPED_NAMES -> 45;
                default -> 35;
            };
            boolean sameAddress = a.address() != null && a.address().equals(b.address());
            if (sameAddress) {
                score += 40;
                reasons.add(name == DuplicateReason.SIMILAR_NAME ? DuplicateReason.SIMILAR_NAME_AND_ADDRESS
                        : DuplicateReason.SAME_NAME_AND_ADDRESS);
            }
            if (!sameAddress || name == DuplicateReason.SWAPPED_NAMES) {
                reasons.add(name);
            }
            if (a.householdId() != null && a.householdId().equals(b.householdId())) {
                reasons.add(DuplicateReason.SAME_HOUSEHOLD);
                score += 10;
            }
        }
        long low = Math.min(a.id(), b.id());
        long high = Math.max(a.id(), b.id());
        return new Match(low, high, Math.min(100, score), new ArrayList<>(reasons));
    }

    private static DuplicateReason name(Sketch a, Sketch b) {
        if (a.first() == null || a.last() == null || b.first() == null || b.last() == null) {
            return null;
        }
        if (a.first().equals(b.first()) && a.last().equals(b.last())) {
            return DuplicateReason.SAME_NAME;
        }
        if (a.first().equals(b.last()) && a.last().equals(b.first())) {
            return DuplicateReason.SWAPPED_NAMES;
        }
        if (similar(a.first(), b.first()) && similar(a.last(), b.last())) {
            return DuplicateReason.SIMILAR_NAME;
        }
        return null;
    }

    private static boolean similar(String x, String y) {
        return Objects.equals(x, y) || JARO_WINKLER.apply(x, y) >= SIMILAR;
    }
}
