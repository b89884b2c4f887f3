package org.sillon.ledger.boundary;

/** Whose account a line is on: a household, or an organisation (a funder's share of solidarity baskets). */
public record Payer(Kind kind, long id) {

    public enum Kind {
        HOUSEHOLD,
        ORGANISATION
    }

    public static Payer household(long id) {
        return new Payer(Kind.HOUSEHOLD, id);
    }

    public static Payer organisation(long id) {
        return new Payer(Kind.ORGANISATION, id);
    }
}
