package org.stancemap.importer.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every card variant of the corpus is judged exactly as its expectation says, and the README shows the count. */
class CardCorpusTest {

    private static List<CardCorpus.Score> scores;

    @BeforeAll
    static void score() {
        scores = CardCorpus.scores();
    }

    @Test
    void everyFamilyOfVariantsIsInTheCorpus() {
        assertThat(scores).extracting(CardCorpus.Score::family).containsAll(CardCorpus.FAMILIES);
        assertThat(scores.stream().mapToInt(CardCorpus.Score::cardsRead).sum()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void noCardVariantIsMissedOrFalselyFlagged() {
        assertThat(scores).allSatisfy(s -> assertThat(s.isExact()).as(s.toString()).isTrue());
    }

    @Test
    void theReadmeTableIsTheOneTheCorpusGives() throws IOException {
        assertThat(Files.readString(Path.of("README.md"))).contains(CardCorpus.table(scores));
    }
}
