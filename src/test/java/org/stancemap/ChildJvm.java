package org.stancemap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a main class of this build in a separate JVM with the test class path, so that a test can kill it with
 * SIGKILL ({@link Process#destroyForcibly()} on Linux and macOS) as a crash or power cut would.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Starts {@code mainClass} with {@code args}; its output goes to the returned process's streams. */
    public static Process start(Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // The child only has to start quickly: C1 alone and the shared archive halve its start-up.
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
