package org.stancemap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.ImportResult;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;

/** The benchmark's large input is a valid round-up: every generated entry imports as one voice. */
class SyntheticRoundUpTest {

    @Test
    void tenMegabyteRoundUpImportsEveryGeneratedEntryWithoutWarnings() throws IOException {
        String seedText;
        try (InputStream in = getClass().getResourceAsStream(
                "/org/stancemap/seeds/expert-roundup-china-russia-alliance-2019-06-14.txt")) {
            seedText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        RoundUpImporter importer = new RoundUpImporter();
        Project seed = importer.importText(seedText).value();
        String text = SyntheticRoundUp.of(seedText, seed, 10_000_000);

        ImportResult<Project> result = importer.importText(text);

        assertThat(text.length()).isGreaterThanOrEqualTo(10_000_000);
        assertThat(result.warnings()).isEmpty();
        int rounds = result.value().voices().size() / seed.voices().size();
        assertThat(result.value().voices()).hasSize(rounds * seed.voices().size());
        assertThat(result.value().voices().stream().mapToInt(v -> v.quotes().size()).sum()).isEqualTo(rounds * 112);
        assertThat(result.value().voices()).extracting(Voice::id).startsWith("anna-abe", "boris-abe", "chen-abe");
    }
}
