package org.stancemap.ui.sidepanel;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stancemap.edit.Command;
import org.stancemap.edit.EditNoteCommand;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.Voice;
import org.stancemap.store.ProjectStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The side panel in a window, over the bundled map, with Dmitri Trenin (four quotes) selected. */
@ExtendWith(ApplicationExtension.class)
class SidePanelViewTest {

    static final String URL = "https://www.russiamatters.org/analysis/expert-round-how-likely-china-russia-military-alliance";
    static final String VIA = " · via Russia Matters, “Expert Round-Up: How Likely Is a China-Russia Military Alliance?”,"
            + " 14 June 2019";

    private final List<Command> executed = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private ObjectProperty<Project> project;
    private ObjectProperty<Voice> selected;
    private Voice trenin;
    private SidePanelView view;

    static Project bundledMap() throws Exception {
        return new ProjectStore().load(Path.of("seeds", "china-russia-alliance.stancemap.json"));
    }

    @Start
    void start(Stage stage) throws Exception {
        project = new SimpleObjectProperty<>(bundledMap());
        trenin = project.get().voice("dmitri-trenin").orElseThrow();
        selected = new SimpleObjectProperty<>(trenin);
        SidePanelViewModel viewModel = new SidePanelViewModel(project, selected, command -> {
            executed.add(command);
            project.set(command.execute(project.get()));
        }, opened::add);
        view = new SidePanelView(viewModel);
        stage.setScene(new Scene(view, 440, 900));
        stage.sizeToScene(); // the stage is shared with other test classes, which resize it
        stage.show();
    }

    @Test
    void everyQuoteAndEveryCitationOfAMultiQuoteVoiceIsInThePanel(FxRobot robot) {
        assertThat(trenin.quotes()).hasSize(4);

        assertThat(robot.lookup(".quote-body").queryAllAs(TextFlow.class)).extracting(TextFlow::getAccessibleText)
                .containsExactlyElementsOf(trenin.quotes().stream().map(Quote::text).toList());
        assertThat(robot.lookup(".citation").queryAllAs(Label.class)).extracting(Label::getText).containsExactly(
                "— China Daily, 5 June 2019" + VIA,
                "— China Daily, 11 September 2018" + VIA,
                "— China Daily, 11 September 2018" + VIA,
                "— China Daily, 11 September 2018" + VIA);
        assertThat(robot.lookup(".person-name").queryAs(Label.class).getText()).isEqualTo("Dmitri Trenin");
        assertThat(robot.lookup(".placement-summary").queryAs(Label.class).getText())
                .isEqualTo("Partnership with limits · 0.21");
    }

    @Test
    void copyCitationPutsTheCitationAndTheRoundUpsUrlOnTheClipboard(FxRobot robot) {
        List<Button> buttons = List.copyOf(robot.lookup(".copy-citation").queryAllAs(Button.class));
        assertThat(buttons).hasSize(4);

        robot.interact(buttons.get(1)::fire);

        String[] clipboard = new String[1];
        robot.interact(() -> clipboard[0] = Clipboard.getSystemClipboard().getString());
        assertThat(clipboard[0]).isEqualTo("China Daily, 11 September 2018" + VIA + ", " + URL);
        assertThat(buttons.get(1).getText()).isEqualTo("Copied");
    }

    @Test
    void aClickedQuoteIsCopiedWholeWithTheCopyShortcut(FxRobot robot) {
        Node secondQuote = List.<Node>copyOf(robot.lookup(".quote-body").queryAll()).get(1);

        robot.interact(() -> scrollTo(secondQuote));
        robot.clickOn(secondQuote);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);

        String[] clipboard = new String[1];
        robot.interact(() -> clipboard[0] = Clipboard.getSystemClipboard().getString());
        assertThat(clipboard[0]).isEqualTo(trenin.quotes().get(1).text());
    }

    @Test
    void theRoundUpLinkAsksToOpenItsUrl(FxRobot robot) {
        Hyperlink link = robot.lookup(".quote .round-up-link").queryAs(Hyperlink.class);

        robot.interact(link::fire);

        assertThat(opened).containsExactly(URL);
    }

    @Test
    void aTypedNoteBecomesOneEditWhenTheFieldLosesFocus(FxRobot robot) {
        TextArea note = robot.lookup(".note").queryAs(TextArea.class);
        String before = trenin.note();

        robot.clickOn(note);
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(" Check 2019.");
        assertThat(executed).isEmpty();
        robot.clickOn(robot.lookup(".quote-body").<Node>query());

        assertThat(executed).containsExactly(new EditNoteCommand("dmitri-trenin", before, before + " Check 2019."));
        assertThat(project.get().voice("dmitri-trenin").orElseThrow().note()).isEqualTo(before + " Check 2019.");
    }

    @Test
    void withNothingSelectedThePanelExplainsWhatToDoAndTheBands(FxRobot robot) {
        robot.interact(() -> selected.set(null));

        assertThat(robot.lookup(".primer-hint").queryAs(Label.class).getText())
                .isEqualTo("Select an expert on the map to read their quotes and citations.");
        assertThat(robot.lookup(".primer-hint").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup(".voice-details").<Node>query().isVisible()).isFalse();
        assertThat(robot.lookup(".band-label").queryAllAs(Label.class)).extracting(Label::getText).containsExactly(
                "No alliance", "Partnership with limits", "Alliance possible", "Entente / functional alliance",
                "De facto alliance");
    }

    @Test
    void theQuoteThePlacementRestsOnIsMarkedWithItsPhraseAndScrolledIntoView(FxRobot robot) {
        robot.interact(() -> selected.set(null));
        robot.interact(() -> selected.set(trenin));
        WaitForAsyncUtils.waitForFxEvents();

        Node card = robot.lookup(".quote.rests-on").query();
        assertThat(robot.lookup(".quote.rests-on").queryAll()).hasSize(1);
        assertThat(robot.from(card).lookup(".rests-on-label").queryAs(Label.class).getText())
                .isEqualTo("Placement rests on this quote");
        assertThat(robot.from(card).lookup(".quote-body").queryAs(TextFlow.class).getAccessibleText())
                .isEqualTo(trenin.quotes().get(3).text());
        String phrase = robot.from(card).lookup(".placement-phrase").queryAllAs(Text.class).stream()
                .map(Text::getText).reduce("", String::concat);
        assertThat(phrase).isEqualTo(trenin.placement().orElseThrow().rationale());
        Bounds shown = card.localToScene(card.getLayoutBounds());
        Bounds viewport = view.localToScene(view.getLayoutBounds());
        assertThat(view.getVvalue()).isPositive();
        assertThat(shown.getMinY()).isBetween(viewport.getMinY(), viewport.getMaxY());
    }

    @Test
    void stanceWordsAreMarkedByKindInEveryQuoteWithAKeyToThem(FxRobot robot) {
        assertThat(robot.lookup(".quote-body .stance-negation").queryAllAs(Text.class)).extracting(Text::getText)
                .contains("never", "not", "doesn’t", "Neither", "nor");
        assertThat(robot.lookup(".quote-body .stance-modal").queryAllAs(Text.class)).extracting(Text::getText)
                .contains("will", "would");
        assertThat(robot.lookup(".quote-key .stance-estimative").queryAllAs(Text.class)).extracting(Text::getText)
                .containsExactly("likely");
    }

    @Test
    void anAnalystsReasonIsInItsOwnBoxNamedAndDatedNeverInQuotationMarks(FxRobot robot) {
        robot.interact(() -> project.set(project.get().withVoice(trenin.id(), v -> v.withPlacementAdded(
                new Placement(0.5, "Moved after the 2022 summit", OptionalDouble.empty(), "Jane Doe",
                        Instant.parse("2026-12-03T10:00:00Z"))))));
        WaitForAsyncUtils.waitForFxEvents();

        Node reason = robot.lookup(".placement .analyst-reason").query();
        assertThat(robot.from(reason).lookup(".rationale-heading").queryAs(Label.class).getText())
                .isEqualTo("Analyst's reason — Jane Doe, 3 December 2026");
        assertThat(robot.from(reason).lookup(".rationale-text").queryAs(Label.class).getText())
                .isEqualTo("Moved after the 2022 summit");
        assertThat(robot.lookup(".placement .expert-phrase").queryAll()).isEmpty();
        assertThat(robot.lookup(".quote.rests-on").queryAll()).isEmpty();
    }

    private void scrollTo(Node node) {
        double top = view.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
        double scrollable = view.getContent().getLayoutBounds().getHeight() - view.getViewportBounds().getHeight();
        view.setVvalue(Math.min(1, top / scrollable));
        view.layout();
    }
}
