package org.stancemap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.stancemap.model.DatePrecision;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.store.BundledMap;
import org.stancemap.store.ProjectFileException;
import org.stancemap.store.ProjectStore;

/** The benchmark projects are valid, varied and reproducible. */
class SyntheticProjectsTest {

    private static final Project BUNDLED = BundledMap.load();

    @Test
    void twoThousandVoicesHaveDistinctIdsAndNamesAndEveryDatePrecision() {
        Project project = SyntheticProjects.of(BUNDLED, 2_000, 7);

        assertThat(project.voices()).hasSize(2_000);
        assertThat(project.voices().stream().map(Voice::id).distinct()).hasSize(2_000);
        assertThat(project.voices().stream().map(Voice::displayName).distinct()).hasSize(2_000);
        assertThat(project.voices()).anyMatch(v -> v.people().size() == 2);
        Set<DatePrecision> precisions = project.voices().stream().flatMap(v -> v.quotes().stream())
                .map(q -> q.citation().date().precision())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DatePrecision.class)));
        assertThat(precisions).containsExactlyInAnyOrder(DatePrecision.values());
        assertThat(project.voices()).allSatisfy(v -> {
            assertThat(v.quotes()).hasSizeBetween(1, 4);
            assertThat(v.tags()).containsKeys("region", "role");
        });
    }

    @Test
    void placementsFallInEveryBandOfTheSpectrum() {
        Project project = SyntheticProjects.of(BUNDLED, 1_000, 11);

        Set<String> bands = project.voices().stream()
                .map(v -> project.spectrum().bandAt(v.placement().orElseThrow().position()).orElseThrow().label())
                .collect(Collectors.toSet());
        assertThat(bands).containsExactlyInAnyOrderElementsOf(
                project.spectrum().bands().stream().map(b -> b.label()).toList());
    }

    @Test
    void sameSeedGivesTheSameProjectAndItSurvivesTheProjectFile() throws ProjectFileException {
        Project first = SyntheticProjects.of(BUNDLED, 300, 3);
        ProjectStore store = new ProjectStore();

        assertThat(SyntheticProjects.of(BUNDLED, 300, 3)).isEqualTo(first);
        assertThat(SyntheticProjects.of(BUNDLED, 300, 4)).isNotEqualTo(first);
        assertThat(store.read(store.write(first), "synthetic")).isEqualTo(first);
    }

    @Test
    void namesStayDistinctPastEveryGivenAndFamilyCombination() {
        int count = 30 * 30 * 3;
        assertThat(IntStream.range(0, count).mapToObj(SyntheticProjects::name).distinct())
                .hasSize(count);
    }
}
