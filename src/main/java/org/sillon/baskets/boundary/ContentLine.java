package org.sillon.baskets.boundary;

/**
 * A product in a basket size of a week, as the garden team enters it and households read it: "Carottes", "1 kg",
 * and the partner farm it comes from when bought in (none for the garden's own).
 */
public record ContentLine(Long sizeOfferId, String product, String quantity, String origin) {
}
