package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every round-up fixture reads as its {@code .expected} file says: by the right format, every expert entry with
 * its people and number of quotes, nothing more. The README's table of formats is printed from the same scores.
 */
class FixtureExpectationsTest {

    @Test
    void everyFixtureReadsExactlyAsExpected() {
        List<FixtureScoreboard.Score> scores = FixtureScoreboard.scores();

        assertThat(scores).as("fixtures with an .expected file").hasSizeGreaterThanOrEqualTo(10);
        assertThat(scores).allSatisfy(score -> assertThat(score.isExact()).as(score.toString()).isTrue());
    }

    @Test
    void aReadingThatTakesACaptionForAnExpertAndMissesOneCountsBoth() {
        RoundUpDraft draft = new RoundUpImporter().draft("""
                Title Of The Round-Up

                Jane Roe, Senior Fellow, Institute

                Quoted words. (Pub, 12.14.18)

                Key Findings, Summary

                More quoted words. (Pub, 12.15.18)
                """, "test");

        FixtureScoreboard.Score score = FixtureScoreboard.score("test", """
                # format: cited blocks
                Jane Roe | 1
                John Doe | 1
                """, draft);

        assertThat(score).isEqualTo(new FixtureScoreboard.Score("test", "cited blocks", "cited blocks", 2, 2, 1, 1, 1));
    }
}
