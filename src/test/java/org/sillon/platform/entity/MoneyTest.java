package org.sillon.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static Money m(String amount) {
        return Money.of(new BigDecimal(amount));
    }

    private static Money sum(List<Money> parts) {
        Money total = Money.ZERO;
        for (Money part : parts) {
            total = total.plus(part);
        }
        return total;
    }

    // ---- of and rounding

    @Test
    void ofKeepsTwoDecimals() {
        Money money = m("12.5");
        assertEquals(new BigDecimal("12.50"), money.amount());
        assertEquals(2, money.amount().scale());
        assertEquals("12.50", money.toString());
    }

    @ParameterizedTest
    @CsvSource({
            "1.005, 1.01",
            "1.004, 1.00",
            "2.675, 2.68",
            "0.125, 0.13",
            "0.0049, 0.00",
            "-1.005, -1.01",
            "-1.004, -1.00",
            "-0.125, -0.13",
            "10, 10.00"
    })
    void ofRoundsHalfUpToTheCent(String raw, String expected) {
        assertEquals(new BigDecimal(expected), Money.of(new BigDecimal(raw)).amount());
    }

    @Test
    void ofRefusesNull() {
        assertThrows(NullPointerException.class, () -> Money.of(null));
    }

    @Test
    void ofCentsAndCentsAreInverse() {
        assertEquals(m("12.34"), Money.ofCents(1234));
        assertEquals(1234L, m("12.34").cents());
        assertEquals(-505L, m("-5.05").cents());
        assertEquals(0L, Money.ZERO.cents());
        assertEquals(1L, m("0.005").cents());
    }

    // ---- parse

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "12.5; 12.50",
            "12,50; 12.50",
            "12,5; 12.50",
            "3 €; 3.00",
            "3€; 3.00",
            "  7,25 € ; 7.25",
            "-3; -3.00",
            "-12,75 €; -12.75",
            "1 234,56; 1234.56",
            "0; 0.00",
            "2,345; 2.35"
    })
    void parseAcceptsFrenchAndPlainForms(String text, String expected) {
        assertEquals(new BigDecimal(expected), Money.parse(text).amount());
    }

    @Test
    void parseAcceptsANoBreakSpaceBeforeTheEuroSign() {
        assertEquals(m("3"), Money.parse("3\u00a0€"));
        assertEquals(m("1234.5"), Money.parse("1\u00a0234,5\u00a0€"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "€", "abc", "12,50,3", "1.234,56", "12.5.1", "douze", "--3", "3 $"})
    void parseRefusesWhatIsNotAnAmount(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse(text));
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @Test
    void parseRefusesNull() {
        assertThrows(NullPointerException.class, () -> Money.parse(null));
    }

    // ---- arithmetic

    @Test
    void plusAndMinus() {
        assertEquals(m("15.75"), m("12.50").plus(m("3.25")));
        assertEquals(m("9.25"), m("12.50").minus(m("3.25")));
        assertEquals(m("-0.75"), m("2.50").minus(m("3.25")));
        assertEquals(m("0.30"), m("0.10").plus(m("0.20")));
        assertEquals(2, m("0.10").plus(m("0.20")).amount().scale());
    }

    @Test
    void timesAQuantity() {
        assertEquals(m("37.50"), m("12.50").times(3));
        assertEquals(Money.ZERO, m("12.50").times(0));
        assertEquals(m("-25.00"), m("12.50").times(-2));
        assertEquals(2, m("12.50").times(3).amount().scale());
    }

    @Test
    void timesARateRoundsOnceHalfUp() {
        // 10.00 * 1.055 = 10.5500 -> 10.55
        assertEquals(m("10.55"), m("10.00").times(new BigDecimal("1.055")));
        // 0.15 * 0.5 = 0.075 -> 0.08 (half up)
        assertEquals(m("0.08"), m("0.15").times(new BigDecimal("0.5")));
        // 33.33 * 0.30 = 9.999 -> 10.00
        assertEquals(m("10.00"), m("33.33").times(new BigDecimal("0.30")));
        assertEquals(m("-0.08"), m("-0.15").times(new BigDecimal("0.5")));
        assertEquals(2, m("10.00").times(new BigDecimal("1.055")).amount().scale());
    }

    @Test
    void negateAndSigns() {
        assertEquals(m("-4.20"), m("4.20").negate());
        assertTrue(m("-0.01").isNegative());
        assertTrue(m("0.01").isPositive());
        assertTrue(Money.ZERO.isZero());
        assertFalse(Money.ZERO.isNegative());
        assertFalse(Money.ZERO.isPositive());
        assertTrue(m("0.004").isZero());
    }

    // ---- split

    @Test
    void splitGivesLeftoverCentsToTheFirstParts() {
        assertEquals(List.of(m("33.34"), m("33.33"), m("33.33")), m("100.00").split(3));
        assertEquals(List.of(m("0.34"), m("0.33"), m("0.33")), m("1.00").split(3));
        assertEquals(List.of(m("0.03"), m("0.03"), m("0.02"), m("0.02")), m("0.10").split(4));
    }

    @Test
    void splitOfNegativeAmountGivesLeftoverCentsToTheFirstParts() {
        assertEquals(List.of(m("-33.34"), m("-33.33"), m("-33.33")), m("-100.00").split(3));
        assertEquals(List.of(m("-0.01"), m("-0.01"), m("0.00")), m("-0.02").split(3));
    }

    @Test
    void splitIntoEqualPartsHasNoRemainder() {
        assertEquals(List.of(m("25.00"), m("25.00"), m("25.00"), m("25.00")), m("100.00").split(4));
        assertEquals(List.of(m("42.42")), m("42.42").split(1));
    }

    @Test
    void splitOfLessThanOneCentPerPart() {
        List<Money> parts = m("0.02").split(5);
        assertEquals(List.of(m("0.01"), m("0.01"), Money.ZERO, Money.ZERO, Money.ZERO), parts);
    }

    @ParameterizedTest
    @CsvSource({
            "100.00, 3", "-100.00, 3", "0.01, 7", "-0.01, 7", "99.99, 7", "-99.99, 7", "12345.67, 11",
            "-12345.67, 11", "0.00, 4", "1.00, 100", "-1.00, 100", "7.77, 2", "-7.77, 2"
    })
    void splitAlwaysSumsExactlyAndPartsDifferByAtMostOneCent(String amount, int parts) {
        Money original = m(amount);
        List<Money> shares = original.split(parts);
        assertEquals(parts, shares.size());
        assertEquals(original, sum(shares));
        long max = shares.stream().mapToLong(Money::cents).max().orElseThrow();
        long min = shares.stream().mapToLong(Money::cents).min().orElseThrow();
        assertTrue(max - min <= 1, "parts differ by more than a cent: " + shares);
        for (int i = 1; i < shares.size(); i++) {
            // the bigger (in absolute value) parts come first
            assertTrue(Math.abs(shares.get(i - 1).cents()) >= Math.abs(shares.get(i).cents()), shares.toString());
        }
        for (Money share : shares) {
            assertEquals(2, share.amount().scale());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -3})
    void splitRefusesFewerThanOnePart(int parts) {
        assertThrows(IllegalArgumentException.class, () -> m("10.00").split(parts));
    }

    // ---- equality and order

    @Test
    void equalsIgnoresScale() {
        assertEquals(m("12.5"), m("12.50"));
        assertEquals(m("12"), Money.parse("12,00 €"));
        assertEquals(m("12.50"), Money.ofCents(1250));
        assertEquals(m("12.5").hashCode(), m("12.50").hashCode());
        assertEquals(Money.ZERO, m("0"));
        assertEquals(Money.ZERO, m("-0.00"));
        assertEquals(Money.ZERO.hashCode(), m("-0.00").hashCode());
        assertEquals(Money.ZERO.hashCode(), m("10.00").times(0).hashCode());
    }

    @Test
    void equalsDistinguishesAmounts() {
        assertNotEquals(m("12.50"), m("12.51"));
        assertNotEquals(m("12.50"), m("-12.50"));
        assertNotEquals(m("12.50"), new BigDecimal("12.50"));
        assertNotEquals(m("12.50"), null);
    }

    @Test
    void comparesByAmount() {
        assertTrue(m("1.00").compareTo(m("2.00")) < 0);
        assertTrue(m("2.00").compareTo(m("1.00")) > 0);
        assertEquals(0, m("2").compareTo(m("2.00")));
        assertTrue(m("-5.00").compareTo(Money.ZERO) < 0);
    }

    @Test
    void zeroConstant() {
        assertEquals(new BigDecimal("0.00"), Money.ZERO.amount());
        assertEquals("0.00", Money.ZERO.toString());
        assertEquals("EUR", Money.CURRENCY);
    }
}
