/**
 * The association itself: its name, address, identifiers and production sites. Receipts, attestations and
 * invoices print it; a network deployment will hold several.
 */
package org.sillon.association;
