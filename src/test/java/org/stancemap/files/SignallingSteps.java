package org.stancemap.files;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The write steps a crash-test child reports to its parent: a line when a write begins and when it has replaced its
 * target, and a pause after each chunk written, so that a kill can land while the temporary holds only part.
 */
public final class SignallingSteps implements AtomicFile.Steps {

    public static final String WRITING = "[write] writing";
    public static final String REPLACED = "[write] replaced";

    private final PrintStream out;
    private final long pauseMillis;

    public SignallingSteps(PrintStream out, long pauseMillis) {
        this.out = out;
        this.pauseMillis = pauseMillis;
    }

    @Override
    public void writing(Path target) {
        out.println(WRITING);
    }

    @Override
    public void wrote(Path target, long bytes) {
        try {
            Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void replaced(Path target) {
        out.println(REPLACED);
    }
}
