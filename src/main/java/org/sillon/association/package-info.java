/**
 * The associations of the installation: each one's name, address, identifiers and production sites (receipts,
 * attestations and invoices print them), which one a request works for ({@code AssociationScope}), and the
 * default one, to which anonymous visitors and start-up work belong.
 */
package org.sillon.association;
