package org.stancemap.reliability;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.stancemap.cli.StanceMapCommand;
import org.stancemap.files.AtomicFile;

/**
 * {@code stancemap move} as users run it, telling its parent when the save starts writing and when it has replaced
 * the file, so that {@link MoveCrashTortureTest} can aim its kills inside the write. Each 64 KiB of the project
 * written is followed by a pause of MILLIS, so that a kill can land while the temporary holds only part of it.
 *
 * <p>Arguments: MILLIS, then the arguments of {@code stancemap move}.
 */
public final class SignallingMove {

    static final String WRITING = "[write] writing";
    static final String REPLACED = "[write] replaced";

    private SignallingMove() {
    }

    public static void main(String[] args) {
        long pause = Long.parseLong(args[0]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        AtomicFile.observe(new AtomicFile.Steps() {
            @Override
            public void writing(Path target) {
                out.println(WRITING);
            }

            @Override
            public void wrote(Path target, long bytes) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void replaced(Path target) {
                out.println(REPLACED);
            }
        });
        String[] move = new String[args.length - 1];
        System.arraycopy(args, 1, move, 0, move.length);
        StanceMapCommand.main(move);
    }
}
