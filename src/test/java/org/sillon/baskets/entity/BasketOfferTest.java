package org.sillon.baskets.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sillon.baskets.boundary.BillingModel;
import org.sillon.baskets.boundary.Instalments;
import org.sillon.baskets.boundary.OfferDetails;
import org.sillon.baskets.boundary.OfferKind;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Money;

class BasketOfferTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private static BasketOffer standard() {
        return new BasketOffer(new OfferDetails(OfferKind.SIZE, "  Panier   standard ", " 5 à 7 légumes "), NOW);
    }

    @Test
    void aPriceAppliesFromItsFirstDayUntilTheNextStarts() {
        BasketOffer o = standard();
        assertEquals("Panier standard", o.name());
        assertEquals("5 à 7 légumes", o.description());
        o.priceFrom(LocalDate.of(2026, 1, 1), Money.parse("12,50"), "tresorerie", NOW);
        o.priceFrom(LocalDate.of(2027, 1, 4), Money.parse("13"), "tresorerie", NOW);
        assertEquals(Optional.empty(), o.priceOn(LocalDate.of(2025, 12, 31)));
        assertEquals(Optional.of(Money.parse("12.50")), o.priceOn(LocalDate.of(2026, 1, 1)));
        assertEquals(Optional.of(Money.parse("12.50")), o.priceOn(LocalDate.of(2027, 1, 3)));
        assertEquals(Optional.of(Money.parse("13.00")), o.priceOn(LocalDate.of(2027, 1, 4)));
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 4)),
                o.prices().stream().map(OfferPrice::startsOn).toList());
    }

    @Test
    void aPriceStartingOnOrBeforeTheLatestIsRefusedAndChangesNothing() {
        BasketOffer o = standard();
        o.priceFrom(LocalDate.of(2026, 9, 1), Money.parse("12.50"), "tresorerie", NOW);
        for (LocalDate day : List.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 3, 1))) {
            InvalidValue e = assertThrows(InvalidValue.class, () -> o.priceFrom(day, Money.parse("11"), "tresorerie", NOW));
            assertEquals("startsOn", e.field());
            assertEquals("un nouveau prix commence après le dernier, qui commence le 01/09/2026", e.message().text(Locale.FRENCH));
        }
        assertEquals(1, o.prices().size());
    }

    @Test
    void everyFaultOfAPriceOrAnOfferIsNamedAtOnce() {
        BasketOffer o = standard();
        InvalidValue price = assertThrows(InvalidValue.class, () -> o.priceFrom(null, Money.parse("-1"), "t", NOW));
        assertEquals(List.of("startsOn", "amount"), price.faults().stream().map(InvalidValue::field).toList());
        InvalidValue offer = assertThrows(InvalidValue.class,
                () -> new BasketOffer(new OfferDetails(OfferKind.OPTION, " ", "x".repeat(501)), NOW));
        assertEquals(List.of("name", "description"), offer.faults().stream().map(InvalidValue::field).toList());
        assertEquals("kind", assertThrows(InvalidValue.class,
                () -> new BasketOffer(new OfferDetails(null, "Œufs", null), NOW)).field());
        assertEquals("kind", assertThrows(InvalidValue.class,
                () -> o.describe(new OfferDetails(OfferKind.OPTION, "Panier standard", null))).field());
    }

    @Test
    void aSizeIsBilledMonthlyUnlessCreatedOtherwiseAndKeepsItsBillingModel() {
        assertEquals(BillingModel.MONTHLY, new BasketOffer(new OfferDetails(OfferKind.SIZE, "Panier", null), NOW)
                .billing());
        BasketOffer contract = new BasketOffer(new OfferDetails(OfferKind.SIZE, "Panier annuel", null,
                BillingModel.CONTRACT, null), NOW);
        assertEquals(Instalments.ONCE, contract.instalments(), "a contract is paid at once unless said");
        assertEquals("billing", assertThrows(InvalidValue.class, () -> contract.describe(new OfferDetails(
                OfferKind.SIZE, "Panier annuel", null, BillingModel.MONTHLY, null))).field());
        assertEquals("billing", assertThrows(InvalidValue.class, () -> contract.describe(new OfferDetails(
                OfferKind.SIZE, "Panier annuel", null, null, Instalments.MONTHLY))).field());
        contract.describe(new OfferDetails(OfferKind.SIZE, "Panier de l'année", null));
        assertEquals("instalments", assertThrows(InvalidValue.class, () -> new BasketOffer(new OfferDetails(
                OfferKind.SIZE, "Panier", null, BillingModel.PREPAID, Instalments.MONTHLY), NOW)).field());
        assertEquals("billing", assertThrows(InvalidValue.class, () -> new BasketOffer(new OfferDetails(
                OfferKind.OPTION, "Œufs", null, BillingModel.CONTRACT, null), NOW)).field());
    }
}
