/**
 * What every component shares: the clock, money, postal addresses, languages, the database and its
 * migrations, RFC 9457 problem details, strict JSON reading, role checks on REST endpoints, paging and
 * optimistic-locking helpers. Nothing here knows about adherents, baskets or payments.
 */
package org.sillon.platform;
