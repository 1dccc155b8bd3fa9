package org.stancemap.reliability;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.stancemap.cli.StanceMapCommand;
import org.stancemap.files.AtomicFile;
import org.stancemap.files.SignallingSteps;

/**
 * {@code stancemap move} as users run it, telling its parent when the save starts writing and when it has replaced
 * the file, so that {@link MoveCrashTortureTest} can aim its kills inside the write. Each 64 KiB of the project
 * written is followed by a pause of MILLIS, so that a kill can land while the temporary holds only part of it.
 *
 * <p>Arguments: MILLIS, then the arguments of {@code stancemap move}.
 */
public final class SignallingMove {

    private SignallingMove() {
    }

    public static void main(String[] args) {
        long pause = Long.parseLong(args[0]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        AtomicFile.observe(new SignallingSteps(out, pause));
        String[] move = new String[args.length - 1];
        System.arraycopy(args, 1, move, 0, move.length);
        StanceMapCommand.main(move);
    }
}
