package org.sillon.exchange.entity;

/** What became of one line of an imported file. */
public enum ImportOutcome {
    CREATED, DUPLICATE, ERROR
}
