package org.sillon.baskets.boundary;

/** How a basket size is billed; the associations differ, so each size says its own. */
public enum BillingModel {
    /** A contract for the subscription's weeks, paid in instalments, without closed weeks, less credited absences. */
    CONTRACT,
    /** A balance paid ahead, each basket delivered drawing it down. */
    PREPAID,
    /** A bill each month of the baskets delivered in it, net of absences: what SEPA direct debit suits. */
    MONTHLY
}
