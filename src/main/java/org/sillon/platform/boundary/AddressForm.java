package org.sillon.platform.boundary;

import java.io.Serializable;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.PostalAddress;

/** The postal address part of a form, shared by every page that edits an address. */
public class AddressForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String line1;
    private String line2;
    private String postalCode;
    private String city;
    private String country;

    public void fill(PostalAddress a) {
        line1 = a == null ? null : a.line1();
        line2 = a == null ? null : a.line2();
        postalCode = a == null ? null : a.postalCode();
        city = a == null ? null : a.city();
        country = a == null ? null : a.country();
    }

    /** The address as entered; a refusal names "address.postalCode" or "address.country". */
    public PostalAddress toAddress() {
        return ProblemException.onField("address", () -> new PostalAddress(line1, line2, postalCode, city, country));
    }

    /**
     * The address as entered, or null when refused: its refusal, naming "address.postalCode" or
     * "address.country", then waits among {@code checks} for the other fields' own.
     */
    public PostalAddress checkedIn(InvalidValue.Checks checks) {
        return checks.check("address", () -> new PostalAddress(line1, line2, postalCode, city, country));
    }

    /** The address on one line, as read-only pages show it; null when there is none. */
    public String getOneLine() {
        PostalAddress a = toAddress();
        return a.isEmpty() ? null : a.oneLine();
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
