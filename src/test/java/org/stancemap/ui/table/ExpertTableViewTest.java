package org.stancemap.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.store.ProjectStore;
import org.stancemap.ui.map.MapViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The expert table over the bundled map, filtered by the map's own view model and sharing its selection. */
@ExtendWith(ApplicationExtension.class)
class ExpertTableViewTest {

    private ObjectProperty<Project> project;
    private ObjectProperty<Voice> selected;
    private MapViewModel map;
    private ExpertTableView table;

    @Start
    void start(Stage stage) throws Exception {
        project = new SimpleObjectProperty<>(new ProjectStore().load(Path.of("seeds", "china-russia-alliance.stancemap.json")));
        selected = new SimpleObjectProperty<>();
        map = new MapViewModel(project);
        table = new ExpertTableView(new ExpertTableViewModel(project, map.filterProperty(), selected));
        stage.setScene(new Scene(table, 1400, 700));
        stage.show();
    }

    @Test
    void everyExpertHasARowWithTheirPlacementAndQuotes(FxRobot robot) {
        assertThat(table.getItems()).hasSize(project.get().voices().size());
        ExpertRow allison = row("graham-t-allison");

        assertThat(allison.band().label()).isEqualTo("Partnership with limits");
        assertThat(allison.position()).isEqualTo("0.23");
        assertThat(allison.confidence()).isEqualTo("0.80");
        assertThat(allison.region()).isEqualTo("Western");
        assertThat(allison.quotes()).isEqualTo(4);
        assertThat(allison.phrase()).startsWith("Given these structural realities");
        assertThat(allison.latestCitation().text()).isEqualTo("14 December 2018");
    }

    @Test
    void clickingAHeaderSortsByThatColumnAndAgainReversesIt(FxRobot robot) {
        robot.clickOn("Position");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> ascending = positions();
        assertThat(ascending).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(ascending.get(0)).isLessThan(ascending.get(ascending.size() - 1));

        robot.clickOn("Position");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(positions()).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void bandsSortInAxisOrderNotAlphabetically(FxRobot robot) {
        robot.clickOn("Band");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> order = table.getItems().stream().map(r -> r.band().label()).distinct().toList();
        assertThat(order).containsExactlyElementsOf(
                project.get().spectrum().bands().stream().map(b -> b.label()).toList());
    }

    @Test
    void theMapsSearchAndFiltersNarrowTheRows(FxRobot robot) {
        robot.interact(() -> map.searchTextProperty().set("Trenin"));
        assertThat(table.getItems()).extracting(ExpertRow::name).containsExactly("Dmitri Trenin");

        robot.interact(() -> {
            map.searchTextProperty().set("");
            map.checkedValuesOf("region").setAll("Chinese");
        });
        assertThat(table.getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.region()).isEqualTo("Chinese"));
        assertThat(table.getItems()).hasSize((int) project.get().voices().stream()
                .filter(map.filterProperty().get()).count());
    }

    @Test
    void selectionIsSharedBothWays(FxRobot robot) {
        Voice trenin = project.get().voice("dmitri-trenin").orElseThrow();
        robot.interact(() -> selected.set(trenin));
        assertThat(table.getSelectionModel().getSelectedItem().voice().id()).isEqualTo("dmitri-trenin");

        robot.interact(() -> table.scrollTo(0)); // selecting Trenin scrolled him into view, Allison out of it
        robot.clickOn("Graham T. Allison");
        assertThat(selected.get().id()).isEqualTo("graham-t-allison");
    }

    @Test
    void arrowKeysWalkTheRowsAndSelectEachExpert(FxRobot robot) {
        robot.clickOn("Graham T. Allison");
        int at = table.getSelectionModel().getSelectedIndex();

        robot.type(KeyCode.DOWN);
        assertThat(selected.get()).isEqualTo(table.getItems().get(at + 1).voice());
        robot.type(KeyCode.DOWN, 2);
        robot.type(KeyCode.UP);
        assertThat(selected.get()).isEqualTo(table.getItems().get(at + 2).voice());
    }

    @Test
    void aSearchThatHidesThenShowsTheSelectedExpertKeepsTheSelection(FxRobot robot) {
        robot.interact(() -> selected.set(project.get().voice("dmitri-trenin").orElseThrow()));
        robot.interact(() -> map.searchTextProperty().set("Allison"));
        assertThat(selected.get().id()).isEqualTo("dmitri-trenin");

        robot.interact(() -> map.searchTextProperty().set(""));
        assertThat(selected.get().id()).isEqualTo("dmitri-trenin");
        assertThat(table.getSelectionModel().getSelectedItem().voice().id()).isEqualTo("dmitri-trenin");
    }

    private ExpertRow row(String id) {
        return table.getItems().stream().filter(r -> r.voice().id().equals(id)).findFirst().orElseThrow();
    }

    private List<String> positions() {
        return table.getItems().stream().map(ExpertRow::position).toList();
    }
}
