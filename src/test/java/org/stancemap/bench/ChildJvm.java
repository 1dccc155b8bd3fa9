package org.stancemap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A probe run in a fresh JVM on the given display, its output lines and when it was launched. */
record ChildJvm(long launchedAtMillis, long finishedAtMillis, List<String> lines) {

    /** Software rendering, as the goals ask, and preferences and recovery copies kept out of the user's. */
    static List<String> guiOptions(Path work) {
        return List.of("-Dprism.order=sw", "-Djava.util.prefs.userRoot=" + work.resolve("prefs"),
                "-Dstancemap.home=" + work.resolve("home"), "-Xmx2g");
    }

    /** {@link #guiOptions} plus the JVM options {@code ./mvnw javafx:run} gives the app. */
    static List<String> appOptions(Path work) {
        List<String> options = new ArrayList<>(guiOptions(work));
        options.addAll(AppJvmOptions.fromPom());
        return List.copyOf(options);
    }

    static ChildJvm run(Map<String, String> environment, String classPath, List<String> options, String mainClass,
                        List<String> arguments, int timeoutSeconds) {
        return run(environment, Path.of(System.getProperty("java.home"), "bin", "java"), classPath, options, mainClass,
                arguments, timeoutSeconds);
    }

    /** As {@link #run(Map, String, List, String, List, int)}, on the given {@code java}, e.g. a package's runtime. */
    static ChildJvm run(Map<String, String> environment, Path java, String classPath, List<String> options,
                        String mainClass, List<String> arguments, int timeoutSeconds) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(arguments);
        try {
            Path log = Files.createTempFile("stancemap-probe", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            long launched = System.currentTimeMillis();
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException(mainClass + " " + arguments + " took over " + timeoutSeconds + " s");
            }
            long finished = System.currentTimeMillis();
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            Files.delete(log);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(mainClass + " " + arguments + " failed: "
                        + new ChildJvm(launched, finished, lines).tail());
            }
            return new ChildJvm(launched, finished, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The words after {@code tag} on the first line that starts with it. */
    List<String> valuesOf(String tag) {
        return lines.stream().filter(line -> line.startsWith(tag + " ")).findFirst()
                .map(line -> List.of(line.substring(tag.length() + 1).trim().split("\\s+")))
                .orElseThrow(() -> new IllegalStateException("no " + tag + " line in:\n" + tail()));
    }

    /** The last lines of output, for a failure message. */
    String tail() {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
