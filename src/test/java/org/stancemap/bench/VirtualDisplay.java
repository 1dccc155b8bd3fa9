package org.stancemap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The X display the window probes use: the session's own when {@code DISPLAY} is set, else an Xvfb server
 * started here (1920x1200, 24 bit) and stopped by {@link #close()}. JavaFX then runs its real GTK glass.
 */
final class VirtualDisplay implements AutoCloseable {

    private final String display;
    private final Optional<Process> server;

    private VirtualDisplay(String display, Optional<Process> server) {
        this.display = display;
        this.server = server;
    }

    static VirtualDisplay open() {
        String own = System.getenv("DISPLAY");
        if (own != null && !own.isBlank()) {
            return new VirtualDisplay(own, Optional.empty());
        }
        int number = 90;
        while (Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
            number++;
        }
        try {
            Process xvfb = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1920x1200x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Path socket = Path.of("/tmp/.X11-unix/X" + number);
            for (int i = 0; i < 100 && !Files.exists(socket); i++) {
                Thread.sleep(50);
            }
            return new VirtualDisplay(":" + number, Optional.of(xvfb));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Xvfb; install it or set DISPLAY", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    String describe() {
        return server.isPresent() ? "Xvfb " + display : "display " + display;
    }

    Map<String, String> environment() {
        return Map.of("DISPLAY", display);
    }

    @Override
    public void close() {
        server.ifPresent(Process::destroy);
    }
}
