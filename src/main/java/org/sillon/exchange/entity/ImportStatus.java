package org.sillon.exchange.entity;

/** Where an import stands: uploaded and mapped, running, done (all created) or failed (nothing created). */
public enum ImportStatus {
    UPLOADED, RUNNING, DONE, FAILED
}
