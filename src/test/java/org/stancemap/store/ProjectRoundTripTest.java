package org.stancemap.store;

import org.junit.jupiter.api.Test;
import org.stancemap.model.Band;
import org.stancemap.model.Citation;
import org.stancemap.model.CitationDate;
import org.stancemap.model.Person;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectRoundTripTest {
    private final ProjectStore store = new ProjectStore();

    private Project roundTrip(Project project) throws ProjectFileException {
        return store.read(store.write(project), "test");
    }

    @Test
    void projectWithEveryFieldSetReadsBackEqual() throws ProjectFileException {
        Project project = SampleProjects.everyFieldSet();
        assertThat(roundTrip(project)).isEqualTo(project);
    }

    @Test
    void projectWithEveryOptionalEmptyReadsBackEqual() throws ProjectFileException {
        Project project = SampleProjects.everyOptionalEmpty();
        assertThat(roundTrip(project)).isEqualTo(project);
    }

    @Test
    void unicodeAndControlCharactersReadBackEqual() throws ProjectFileException {
        Project project = SampleProjects.unicodeEverywhere();
        assertThat(roundTrip(project)).isEqualTo(project);
    }

    @Test
    void placementHistoryKeepsItsOrderAndCurrentPlacement() throws ProjectFileException {
        Project read = roundTrip(SampleProjects.everyFieldSet());
        Voice allison = read.voice("graham-t-allison").orElseThrow();
        assertThat(allison.placements()).extracting(Placement::position).containsExactly(0.5, 0.6125);
        assertThat(allison.placement().orElseThrow().placedBy()).isEqualTo("analyst-b");
        assertThat(allison.quotes().get(0).placement()).isPresent();
        assertThat(allison.quotes().get(1).placement()).isEmpty();
    }

    @Test
    void confidenceStaysAbsentOrPresentAsItWas() throws ProjectFileException {
        Voice allison = roundTrip(SampleProjects.everyFieldSet()).voice("graham-t-allison").orElseThrow();
        assertThat(allison.placements().get(0).confidence()).isEqualTo(OptionalDouble.empty());
        assertThat(allison.placements().get(1).confidence()).isEqualTo(OptionalDouble.of(0.9));
    }

    @Test
    void positionsThatHaveNoShortDecimalFormReadBackExactly() throws ProjectFileException {
        double[] positions = {0.1 + 0.2, 1.0 / 3, Double.MIN_VALUE, Math.nextDown(1.0), 4.9e-324, 1e-300};
        for (double position : positions) {
            Project project = SampleProjects.everyOptionalEmpty().withVoice("anonymous", v -> v.withPlacementAdded(
                    new Placement(position, "", OptionalDouble.of(position), "a", SampleProjects.FIRST_PASS)));
            Placement read = roundTrip(project).voices().get(0).placements().get(0);
            assertThat(Double.doubleToRawLongBits(read.position())).isEqualTo(Double.doubleToRawLongBits(position));
            assertThat(read.confidence()).isEqualTo(OptionalDouble.of(position));
        }
    }

    @Test
    void emptyOptionalsAreLeftOutOfTheFile() {
        String json = store.write(SampleProjects.everyOptionalEmpty());
        assertThat(json).doesNotContain("null", "\"date\": \"", "\"publisher\"", "\"url\"", "\"start\"", "\"end\"",
                "\"confidence\"", "\"placement\"", "\"imported\"");
    }

    @Test
    void nonAsciiTextIsWrittenAsIsNotEscaped() {
        String json = store.write(SampleProjects.unicodeEverywhere());
        assertThat(json).contains("\"Фэн Чжунпин\"", "🐉🐻", "\"régión\": \"Евразия\"").doesNotContain("\\u04");
    }

    @Test
    void tagsAreWrittenSortedByKey() {
        Voice voice = SampleProjects.everyOptionalEmpty().voices().get(0)
                .withTags(Map.of("zeta", "1", "alpha", "2", "Mid", "3"));
        String json = store.write(SampleProjects.everyOptionalEmpty().withVoice("anonymous", v -> voice));
        assertThat(json.indexOf("\"Mid\"")).isLessThan(json.indexOf("\"alpha\""));
        assertThat(json.indexOf("\"alpha\"")).isLessThan(json.indexOf("\"zeta\""));
    }

    @Test
    void writingIsLineByLineWithTwoSpaceIndentAndFixedFieldOrder() {
        Placement placement = new Placement(0.25, "limits", OptionalDouble.of(0.8), "analyst-a",
                SampleProjects.FIRST_PASS);
        Project project = new Project(
                new RoundUp("Round-up", Optional.of(LocalDate.of(2019, 6, 14)), List.of("A. Author"),
                        Optional.of("Russia Matters"), Optional.empty(), List.of()),
                new Spectrum("Alliance?", "No alliance", "De facto alliance",
                        List.of(new Band("Low", 0.0, 0.5, "Unlikely."), new Band("High", 0.5, 1.0, "Likely."))),
                List.of(new Voice("jane-doe", List.of(new Person("Jane Doe", "Scholar")),
                        List.of(new Quote("No alliance.", new Citation("Journal",
                                CitationDate.day("12.14.18", LocalDate.of(2018, 12, 14)), "Journal, 12.14.18"),
                                Optional.of(placement))),
                        Map.of("region", "Western"), List.of(placement), "")));

        assertThat(store.write(project)).isEqualTo("""
                {
                  "formatVersion": 1,
                  "roundUp": {
                    "title": "Round-up",
                    "date": "2019-06-14",
                    "authors": [
                      "A. Author"
                    ],
                    "publisher": "Russia Matters",
                    "intro": []
                  },
                  "spectrum": {
                    "question": "Alliance?",
                    "leftLabel": "No alliance",
                    "rightLabel": "De facto alliance",
                    "bands": [
                      {
                        "label": "Low",
                        "from": 0.0,
                        "to": 0.5,
                        "definition": "Unlikely."
                      },
                      {
                        "label": "High",
                        "from": 0.5,
                        "to": 1.0,
                        "definition": "Likely."
                      }
                    ]
                  },
                  "voices": [
                    {
                      "id": "jane-doe",
                      "people": [
                        {
                          "name": "Jane Doe",
                          "role": "Scholar"
                        }
                      ],
                      "quotes": [
                        {
                          "text": "No alliance.",
                          "citation": {
                            "publication": "Journal",
                            "date": {
                              "text": "12.14.18",
                              "precision": "DAY",
                              "start": "2018-12-14",
                              "end": "2018-12-14"
                            },
                            "raw": "Journal, 12.14.18"
                          },
                          "placement": {
                            "position": 0.25,
                            "rationale": "limits",
                            "confidence": 0.8,
                            "placedBy": "analyst-a",
                            "placedAt": "2026-11-23T02:00:00Z"
                          }
                        }
                      ],
                      "tags": {
                        "region": "Western"
                      },
                      "placements": [
                        {
                          "position": 0.25,
                          "rationale": "limits",
                          "confidence": 0.8,
                          "placedBy": "analyst-a",
                          "placedAt": "2026-11-23T02:00:00Z"
                        }
                      ],
                      "note": ""
                    }
                  ]
                }
                """);
    }

    @Test
    void theRoundUpsNarrativeIsWrittenAfterTheIntroductionOnlyWhenThereIsOne() throws ProjectFileException {
        String json = store.write(SampleProjects.everyFieldSet());
        assertThat(json).contains("    \"narrative\": [\n      {\n        \"text\": \"Chinese voices are more guarded "
                + "still.\",\n        \"line\": 212\n      }\n    ],\n    \"imported\"");
        assertThat(json.indexOf("\"intro\"")).isLessThan(json.indexOf("\"narrative\""));
        assertThat(store.write(SampleProjects.everyOptionalEmpty())).doesNotContain("narrative");
    }

    @Test
    void aFileWrittenBeforeTheNarrativeWasKeptReadsWithNone() throws ProjectFileException {
        String json = store.write(SampleProjects.everyFieldSet()).replaceAll("(?s)\\s*\"narrative\": \\[.*?\\],", "");
        assertThat(json).doesNotContain("narrative");
        assertThat(store.read(json, "old.stancemap.json").roundUp().narrative()).isEmpty();
    }

    @Test
    void writingTheSameProjectTwiceGivesTheSameText() throws ProjectFileException {
        Project project = SampleProjects.everyFieldSet();
        String first = store.write(project);
        assertThat(store.write(store.read(first, "test"))).isEqualTo(first);
    }

    @Test
    void unpairedSurrogateIsEscapedSoTheTextSurvivesUtf8() throws ProjectFileException {
        String broken = "half \uD83D pair and \uDC3B alone, whole 🐉";
        Project project = SampleProjects.everyOptionalEmpty().withVoice("anonymous", v -> v.withNote(broken));
        String json = store.write(project);
        assertThat(json).contains("\\ud83d", "\\udc3b", "whole 🐉");
        String throughBytes = new String(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(store.read(throughBytes, "test").voices().get(0).note()).isEqualTo(broken);
    }

    @Test
    void unpairedSurrogateInATagKeyIsWrittenAsReplacementCharacter() throws ProjectFileException {
        Project project = SampleProjects.everyOptionalEmpty().withVoice("anonymous",
                v -> v.withTags(Map.of("re\uD800gion", "Western", "role🎓", "scholar")));
        Voice read = roundTrip(project).voices().get(0);
        assertThat(read.tags()).containsExactlyEntriesOf(new java.util.TreeMap<>(
                Map.of("re\uFFFDgion", "Western", "role🎓", "scholar")));
    }

    @Test
    void byteOrderMarkAtTheStartIsIgnored() throws ProjectFileException {
        Project project = SampleProjects.everyFieldSet();
        assertThat(store.read("\uFEFF" + store.write(project), "test")).isEqualTo(project);
    }
}
