package org.sillon.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An amount of euros, exact to the cent. The only money type in Sillon: every price, charge and payment is
 * one. Rounding happens in exactly one place, {@link #of(BigDecimal)}, half up to the cent, as French
 * invoices and receipts expect.
 */
@Embeddable
public class Money implements Comparable<Money>, Serializable {

    public static final String CURRENCY = "EUR";
    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

    @Column(name = "amount", precision = 12, scale = SCALE)
    private BigDecimal amount;

    protected Money() {
        // for JPA
    }

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        return new Money(amount.setScale(SCALE, ROUNDING));
    }

    /** Parses "12.5", "12,50" or "-3" (a French decimal comma is accepted). */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        // French formats group thousands with a no-break or narrow no-break space: "1 234,56 €"
        String normalised = text.strip().replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
        if (normalised.endsWith("€")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        try {
            return of(new BigDecimal(normalised));
        } catch (NumberFormatException e) {
            throw new InvalidValue(null, Message.of("money.invalid", text));
        }
    }

    public static Money ofCents(long cents) {
        return new Money(BigDecimal.valueOf(cents, SCALE));
    }

    public BigDecimal amount() {
        return amount;
    }

    public long cents() {
        return amount.movePointRight(SCALE).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
    }

    /** Multiplies by a rate such as 0.30 or 1.055, rounding once. */
    public Money times(BigDecimal factor) {
        return of(amount.multiply(factor));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Splits into {@code parts} amounts that add up exactly to this one; the leftover cents go to the first
     * parts (a solidarity basket carried by three funders in thirds, say).
     */
    public List<Money> split(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1");
        }
        long total = cents();
        long base = total / parts;
        long remainder = total % parts;
        List<Money> result = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            long share = base + (i < Math.abs(remainder) ? Long.signum(remainder) : 0);
            result.add(ofCents(share));
        }
        return result;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode();
    }

    /** The plain decimal form used in JSON and CSV: "12.50". */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
