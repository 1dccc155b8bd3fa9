package org.stancemap;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.importer.text.SourceText;
import org.stancemap.model.Band;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.store.BundledMap;
import org.stancemap.store.ProjectStore;

import static org.assertj.core.api.Assertions.assertThat;

/** The map the app opens first must be faithful to the article and defensible to an expert reader. */
class BundledMapTest {

    private static final Path FILE = Path.of("seeds/china-russia-alliance.stancemap.json");
    private final Project map = BundledMap.load();

    private double position(String id) {
        return map.voice(id).orElseThrow().placement().orElseThrow().position();
    }

    private String band(String id) {
        return map.spectrum().bandAt(position(id)).orElseThrow().label();
    }

    @Test
    void theClassPathCopyIsTheSeedsFile() throws Exception {
        assertThat(map).isEqualTo(new ProjectStore().load(FILE));
    }

    @Test
    void savingItUnchangedRewritesTheSameBytes() throws Exception {
        String written = new ProjectStore().write(map);
        assertThat(written).isEqualTo(Files.readString(FILE, StandardCharsets.UTF_8));
    }

    @Test
    void itsVoicesAndQuotesAreExactlyWhatTheArticleImportsTo() throws Exception {
        Project imported = new RoundUpImporter().importText(
                SourceText.read(Path.of("seeds/expert-roundup-china-russia-alliance-2019-06-14.txt"))).value();

        assertThat(map.voices()).hasSize(51);
        assertThat(map.voices()).extracting(Voice::id).containsExactlyElementsOf(
                imported.voices().stream().map(Voice::id).toList());
        for (int i = 0; i < 51; i++) {
            assertThat(map.voices().get(i).people()).extracting(p -> p.name() + " / " + p.role())
                    .isEqualTo(imported.voices().get(i).people().stream().map(p -> p.name() + " / " + p.role()).toList());
            assertThat(map.voices().get(i).quotes()).isEqualTo(imported.voices().get(i).quotes());
        }
        assertThat(map.roundUp().title()).isEqualTo(imported.roundUp().title());
        assertThat(map.roundUp().publisher()).contains("Russia Matters");
        assertThat(map.roundUp().url()).hasValueSatisfying(url -> assertThat(url).startsWith("https://www.russiamatters.org/"));
    }

    @Test
    void coAuthoredVoicesAreLabelledByFamilyNamesEvenWhenTheFamilyNameComesFirst() {
        assertThat(map.voice("feng-zhongping-and-huang-jing").orElseThrow().shortName()).isEqualTo("Feng and Huang");
        assertThat(map.voice("fiona-hill-and-bobo-lo").orElseThrow().shortName()).isEqualTo("Hill and Lo");
    }

    @Test
    void theSpectrumHasTheFiveNamedBandsEachDefinedInOneSentence() {
        assertThat(map.spectrum().question()).isEqualTo("How likely is a China-Russia military alliance?");
        assertThat(map.spectrum().leftLabel()).isEqualTo("No alliance");
        assertThat(map.spectrum().rightLabel()).isEqualTo("De facto alliance");
        assertThat(map.spectrum().bands()).extracting(Band::label).containsExactly("No alliance",
                "Partnership with limits", "Alliance possible", "Entente / functional alliance", "De facto alliance");
        assertThat(map.spectrum().bands()).allSatisfy(band -> {
            assertThat(band.definition()).endsWith(".");
            assertThat(band.definition().substring(0, band.definition().length() - 1)).doesNotContain(". ");
        });
    }

    @Test
    void everyVoiceIsPlacedOnAPhraseFromItsOwnQuotesAndTagged() {
        Set<String> regions = Set.of("Russian", "Chinese", "Western", "other");
        Set<String> roles = Set.of("official", "scholar/think tank", "journalist");
        assertThat(map.voices()).allSatisfy(voice -> {
            var placement = voice.placement().orElseThrow();
            assertThat(placement.rationale()).isNotBlank();
            assertThat(voice.quotes()).anySatisfy(q -> assertThat(q.text()).contains(placement.rationale()));
            assertThat(voice.tags().get("region")).isIn(regions);
            assertThat(voice.tags().get("role")).isIn(roles);
        });
    }

    @Test
    void placementsFollowHowTheArticlesIntroductionCharacterisesTheExperts() {
        // "Those who say a Russian-Chinese alliance has already coalesced include ... Karaganov ... and Kashin"
        assertThat(band("sergei-karaganov")).isEqualTo("De facto alliance");
        assertThat(band("vasily-kashin")).isEqualTo("De facto alliance");
        // Hill and Lo, Korostikov, Allison ("equally skeptical") and Trenin ("more pessimistic still")
        assertThat(List.of("fiona-hill-and-bobo-lo", "mikhail-korostikov", "graham-t-allison", "dmitri-trenin"))
                .allSatisfy(id -> assertThat(position(id)).isLessThan(0.4));
        assertThat(position("dmitri-trenin")).isLessThanOrEqualTo(position("graham-t-allison"));
        // "Others are more optimistic": Lukin; Chinese scholars who "seemed to voice support": Zhang and Yan
        assertThat(List.of("alexander-lukin", "zhang-wenmu", "yan-xuetong"))
                .allSatisfy(id -> assertThat(position(id)).isGreaterThanOrEqualTo(0.4));
        // Fu Ying "has flatly ruled out a formal alliance"; Mattis sees "little ... that aligns", Coats "more aligned"
        assertThat(position("fu-ying")).isLessThan(0.4);
        assertThat(position("jim-mattis")).isLessThan(position("daniel-coats"));
    }

    @Test
    void voicesAreSpreadAcrossTheWholeAxis() {
        Map<String, Long> perBand = map.voices().stream().collect(Collectors.groupingBy(
                v -> band(v.id()), Collectors.counting()));
        assertThat(perBand).hasSize(5);
        assertThat(perBand.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(2));
    }
}
