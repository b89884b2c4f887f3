package org.sillon.followup.boundary;

/** What a list of tasks can be narrowed to: open (late included), late only, or done. */
public enum TaskState {
    OPEN, LATE, DONE
}
