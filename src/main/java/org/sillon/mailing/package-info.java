/**
 * Everything Sillon sends by email goes through the persistent outbox here: a message is a row written in
 * the same transaction as the change that caused it, so it exists only if that change committed, and it is
 * sent afterwards, retried on temporary SMTP failures and its fate recorded. Campaigns, segments, throttling
 * and bounces will build on it.
 */
package org.sillon.mailing;
