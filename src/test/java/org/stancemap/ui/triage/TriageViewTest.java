package org.stancemap.ui.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stancemap.model.Project;
import org.stancemap.ui.control.StanceMarks;
import org.stancemap.wording.StanceWords;
import org.stancemap.wording.WordKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The triage view on its own: stance words marked, a drag over words makes the rationale, Esc leaves. */
@ExtendWith(ApplicationExtension.class)
class TriageViewTest {

    private final List<double[]> placed = new ArrayList<>();
    private final AtomicBoolean left = new AtomicBoolean();
    private TriageViewModel model;
    private TriageView view;

    @Start
    void start(Stage stage) {
        Project project = TriageViewModelTest.unplacedBundledMap();
        model = new TriageViewModel(new SimpleObjectProperty<>(project),
                (voice, position, reason) -> placed.add(new double[] {position}), false);
        view = new TriageView(model, () -> left.set(true));
        stage.setScene(new Scene(view, 760, 860));
        stage.show();
        view.requestFocus();
    }

    @Test
    void stanceWordsAreMarkedAndKeyedByKind(FxRobot robot) {
        List<Text> negations = robot.lookup(".quote-body ." + StanceMarks.styleClass(WordKind.NEGATION))
                .queryAllAs(Text.class).stream().toList();
        assertThat(negations).isNotEmpty()
                .allSatisfy(t -> assertThat(StanceWords.kindOf(t.getText())).contains(WordKind.NEGATION));
        assertThat(robot.lookup(".stance-key .quote-text").queryAllAs(Text.class)).extracting(Text::getText)
                .contains("estimative word", "negation", "hedge", "modal verb");
    }

    @Test
    void draggingOverWordsMakesThemTheRationaleAndEscLeaves(FxRobot robot) {
        String text = model.currentProperty().get().orElseThrow().quotes().get(1).text();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        TextFlow flow = robot.lookup(".quote-body").queryAllAs(TextFlow.class).stream()
                .filter(f -> text.equals(f.getAccessibleText())).findFirst().orElseThrow();
        int start = text.indexOf("differences");
        Bounds from = wordBounds(robot, flow, start, start + 3);
        Bounds to = wordBounds(robot, flow, start + "differences in national".length() - 3,
                start + "differences in national".length());

        robot.drag(new Point2D(from.getCenterX(), from.getCenterY()), MouseButton.PRIMARY)
                .moveTo(new Point2D(to.getCenterX(), to.getCenterY())).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.rationaleProperty().get()).isEqualTo("differences in national");
        Path highlight = flow.getChildren().stream().filter(n -> n.getStyleClass().contains("selection"))
                .map(Path.class::cast).findFirst().orElseThrow();
        assertThat(highlight.getElements()).isNotEmpty();
        Bounds word = new Path(flow.rangeShape(start, start + 3)).getBoundsInLocal();
        assertThat(highlight.getBoundsInLocal().contains(word.getCenterX(), word.getCenterY())).isTrue();

        robot.type(KeyCode.DIGIT2, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(placed).hasSize(1);
        assertThat(placed.get(0)[0]).isEqualTo(0.3);

        robot.type(KeyCode.ESCAPE);
        assertThat(left).isTrue();
    }

    private static Bounds wordBounds(FxRobot robot, TextFlow flow, int start, int end) {
        Bounds[] bounds = new Bounds[1];
        robot.interact(() -> {
            Path path = new Path(flow.rangeShape(start, end));
            bounds[0] = flow.localToScreen(path.getBoundsInLocal());
        });
        assertThat(bounds[0].getWidth()).isPositive();
        return bounds[0];
    }
}
