package org.sillon.mailing.entity;

/** Where a message stands: waiting to be tried, waiting after a temporary failure, sent, or given up. */
public enum MailStatus {
    QUEUED, RETRYING, SENT, FAILED
}
