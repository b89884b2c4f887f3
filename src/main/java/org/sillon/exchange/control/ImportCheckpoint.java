package org.sillon.exchange.control;

/**
 * Where an import run stands, as its background job commits it with each chunk: rows not checked yet (no
 * checkpoint), the first {@code households} households of the plan created, or undoing a run given up.
 */
public record ImportCheckpoint(Phase phase, int households) {

    public enum Phase {
        CHECK, CREATE, UNDO
    }

    private static final String CREATE = "create:";
    private static final String UNDO = "undo";

    public static final ImportCheckpoint START = new ImportCheckpoint(Phase.CHECK, 0);
    public static final ImportCheckpoint UNDOING = new ImportCheckpoint(Phase.UNDO, 0);

    public static ImportCheckpoint created(int households) {
        return new ImportCheckpoint(Phase.CREATE, households);
    }

    public static ImportCheckpoint parse(String checkpoint) {
        if (checkpoint == null) {
            return START;
        }
        if (checkpoint.equals(UNDO)) {
            return UNDOING;
        }
        if (checkpoint.startsWith(CREATE)) {
            return created(Integer.parseInt(checkpoint.substring(CREATE.length())));
        }
        throw new IllegalArgumentException("not an import checkpoint: " + checkpoint);
    }

    /** The checkpoint as stored; null before the check. */
    public String text() {
        return switch (phase) {
            case CHECK -> null;
            case CREATE -> CREATE + households;
            case UNDO -> UNDO;
        };
    }
}
