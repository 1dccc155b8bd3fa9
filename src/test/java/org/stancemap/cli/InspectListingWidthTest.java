package org.stancemap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.store.BundledMap;
import org.stancemap.store.ProjectStore;

/** {@code inspect}'s voice listing lines ids up in a column, but one long id cannot pad every other line. */
class InspectListingWidthTest {

    @TempDir
    Path dir;

    @Test
    void oneVeryLongIdDoesNotMultiplyTheOutput() throws Exception {
        Project base = BundledMap.load();
        List<Voice> voices = new ArrayList<>(base.voices());
        Voice first = voices.get(0);
        voices.add(new Voice("x".repeat(100_000), first.people(), List.of(), first.tags(), first.placements(), ""));
        Path file = dir.resolve("long-id.stancemap.json");
        new ProjectStore().save(new Project(base.roundUp(), base.spectrum(), voices), file);

        StringWriter out = new StringWriter();
        int code = StanceMapCommand.run(new String[] {"inspect", file.toString()}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));

        assertThat(code).isZero();
        // the long id printed once plus a short line per voice, not 52 lines of 100,000 characters
        assertThat((long) out.toString().length()).isLessThan(Files.size(file));
        assertThat(out.toString().lines().filter(line -> line.startsWith("  dmitri-trenin "))).singleElement()
                .asString().startsWith("  " + String.format("%-40s", "dmitri-trenin") + "  Dmitri Trenin");
    }
}
