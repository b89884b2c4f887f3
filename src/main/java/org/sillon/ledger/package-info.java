/**
 * The ledger of charges: what each household owes and why, line by line, whatever component made the charge
 * (baskets now; dues and events next), for the payments to settle. Owns the table {@code charge}. An entry is
 * written once: a changed amount is a correction entry, and a line posted twice in the same state adds nothing.
 */
package org.sillon.ledger;
