package org.sillon.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A postal address. French postal codes are five digits; other countries are taken as given. Every part is
 * trimmed and blank parts are stored as null so that "no address" has one form.
 */
@Embeddable
public class PostalAddress implements Serializable {

    @Column(name = "address_line1")
    private String line1;
    @Column(name = "address_line2")
    private String line2;
    @Column(name = "postal_code")
    private String postalCode;
    @Column(name = "city")
    private String city;
    @Column(name = "country")
    private String country;

    protected PostalAddress() {
        // for JPA
    }

    public PostalAddress(String line1, String line2, String postalCode, String city, String country) {
        this.line1 = clean("line1", line1, 200);
        this.line2 = clean("line2", line2, 200);
        this.postalCode = clean("postalCode", postalCode, 16);
        this.city = clean("city", city, 100);
        String c = clean("country", country, 2);
        this.country = c == null ? (isEmptyExceptCountry() ? null : "FR") : c.toUpperCase(Locale.ROOT);
        if (this.country != null && !this.country.matches("[A-Z]{2}")) {
            throw new InvalidValue("address.country", Message.of("country.code"));
        }
        if ("FR".equals(this.country) && this.postalCode != null && !this.postalCode.matches("\\d{5}")) {
            throw new InvalidValue("address.postalCode", Message.of("postalCode.french"));
        }
    }

    private boolean isEmptyExceptCountry() {
        return line1 == null && line2 == null && postalCode == null && city == null;
    }

    public boolean isEmpty() {
        return isEmptyExceptCountry();
    }

    private static String clean(String field, String s, int maxLength) {
        if (s == null) {
            return null;
        }
        String t = s.trim().replaceAll("\\s+", " ");
        if (t.length() > maxLength) {
            throw new InvalidValue("address." + field, Message.of("max.length", maxLength));
        }
        return t.isEmpty() ? null : t;
    }

    /** The address on one line, for lists, exports and the audit trail. */
    public String oneLine() {
        return java.util.stream.Stream.of(line1, line2, (postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city), country)
                .filter(s -> s != null && !s.isBlank()).map(String::strip)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public String country() {
        return country;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostalAddress a && Objects.equals(line1, a.line1) && Objects.equals(line2, a.line2)
                && Objects.equals(postalCode, a.postalCode) && Objects.equals(city, a.city)
                && Objects.equals(country, a.country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line1, line2, postalCode, city, country);
    }
}
