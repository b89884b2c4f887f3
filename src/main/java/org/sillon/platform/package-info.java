/**
 * What every component shares: the clock, money, postal addresses, languages, the database, its migrations and
 * the association each transaction works for ({@code Tenancy}), background jobs, RFC 9457 problem details and
 * messages by key, roles and the caller, role checks on REST endpoints, paging and optimistic-locking helpers.
 * Nothing here knows about adherents, baskets or payments.
 */
package org.sillon.platform;
