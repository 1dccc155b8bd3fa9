package org.stancemap.ui.window;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.roundup.DraftEntry;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.importer.text.SourceLine;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.ui.project.ProjectViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File › New from Round-up as an analyst uses it: paste the article, check what was read beside the source, fix it,
 * confirm the question, create — or cancel, and nothing is created.
 */
@ExtendWith(ApplicationExtension.class)
class NewFromRoundUpTest {

    private static final PseudoClass IN_ENTRY = PseudoClass.getPseudoClass("in-entry");

    private ProjectViewModel project;
    private Project original;
    private Stage stage;

    @Start
    void start(Stage primary) throws IOException {
        TestWindow.Opened opened = TestWindow.onACopyOfTheBundledMap("stancemap-new").withNoAnalystName()
                .size(1280, 720).open();
        stage = opened.stage();
        project = opened.project();
        original = project.getProject();
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
    }

    @Test
    void pastedSeedIsReviewedFixedAndCreatedWithTheTypedQuestion(FxRobot robot) {
        openReviewOfPasted(robot, SeedText.roundUp());

        assertThat(counts(robot)).isEqualTo("51 experts, 112 quotes");
        assertThat(robot.lookup(".entry-cell").queryAll()).isNotEmpty();

        robot.clickOn(entryCell(robot, "Jamil Anderlini"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(highlightedSourceLines(robot)).containsExactly(38, 39, 40, 41, 42);

        robot.press(KeyCode.ALT, KeyCode.X).release(KeyCode.X, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(counts(robot)).isEqualTo("50 experts, 110 quotes");

        TextField question = robot.lookup(".new-map-form .text-field").query();
        robot.clickOn(question).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Will China and Russia form a military alliance?");
        robot.clickOn(button(robot, "Create Map"));
        WaitForAsyncUtils.waitForFxEvents();

        Project created = project.getProject();
        assertThat(created).isNotEqualTo(original);
        assertThat(created.voices()).hasSize(50);
        assertThat(created.voices()).extracting(Voice::id).doesNotContain("jamil-anderlini");
        assertThat(created.spectrum().question()).isEqualTo("Will China and Russia form a military alliance?");
        assertThat(created.spectrum().bands()).extracting(b -> b.label())
                .containsExactly("Very unlikely", "Unlikely", "Roughly even", "Likely", "Very likely");
        assertThat(stage.getTitle()).startsWith("*Expert Round-Up: How Likely Is a China-Russia Military Alliance?");
        assertThat(robot.lookup(".round-up-review").tryQuery()).isEmpty();
    }

    @Test
    void cancellingTheReviewCreatesNothingAndAsksFirstWhenFixesWouldBeLost(FxRobot robot) {
        openReviewOfPasted(robot, SeedText.roundUp());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".round-up-review").tryQuery()).isEmpty();
        assertThat(project.getProject()).isSameAs(original);

        openReviewOfPasted(robot, SeedText.roundUp());
        robot.clickOn(entryCell(robot, "Leon Aron"));
        robot.press(KeyCode.ALT, KeyCode.X).release(KeyCode.X, KeyCode.ALT);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(button(robot, "Keep Reviewing"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(counts(robot)).isEqualTo("50 experts, 109 quotes");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(button(robot, "Discard Fixes"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".round-up-review").tryQuery()).isEmpty();
        assertThat(project.getProject()).isSameAs(original);
        assertThat(stage.getTitle()).doesNotStartWith("*");
    }

    @Test
    void whenNothingIsReadCreateIsDisabledAndOneSentenceNamesTheShapesTried(FxRobot robot) {
        openReviewOfPasted(robot, "Shopping list\n\nMilk, eggs and bread.\n", true);

        assertThat(counts(robot)).isEqualTo("0 experts, 0 quotes");
        assertThat(button(robot, "Create Map").isDisabled()).isTrue();
        Label problem = robot.lookup(".round-up-review .problem").query();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo(new RoundUpImporter().nothingFound());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project.getProject()).isSameAs(original);
    }

    @Test
    void aPasteFromABrowserKeepsThePagesHtmlUntilTheTextIsEdited(FxRobot robot) {
        String html = "<h1>Expert Round-Up</h1><p><b>Ann Ames</b>, Fellow</p><p>It will hold. (Daily, 1.2.19)</p>";
        String plain = "Expert Round-Up\n\nAnn Ames, Fellow\n\nIt will hold. (Daily, 1.2.19)";
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(
                Map.of(DataFormat.HTML, html, DataFormat.PLAIN_TEXT, plain)));
        AtomicReference<Dialog<NewProjectDialog.Request>> shown = new AtomicReference<>();
        robot.interact(() -> {
            shown.set(NewProjectDialog.dialog(stage));
            shown.get().show();
        });
        TextArea article = robot.lookup((Node n) -> n instanceof TextArea area
                && "Paste the article here…".equals(area.getPromptText())).queryAs(TextArea.class);
        robot.clickOn(article).press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(article.getText()).isEqualTo(plain);
        assertThat(robot.lookup((Node n) -> n instanceof Label l && l.getText().startsWith("Pasted from a web page")
                && l.isVisible()).tryQuery()).isPresent();

        robot.clickOn(button(robot, "Read…"));
        NewProjectDialog.Request fromPage = shown.get().getResult();
        assertThat(fromPage.pastedHtml()).contains(html);
        assertThat(fromPage.file()).isEmpty();

        robot.interact(() -> {
            shown.set(NewProjectDialog.dialog(stage));
            shown.get().show();
        });
        TextArea again = robot.lookup((Node n) -> n instanceof TextArea area
                && "Paste the article here…".equals(area.getPromptText())).queryAs(TextArea.class);
        robot.clickOn(again).press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        robot.write("!");
        robot.clickOn(button(robot, "Read…"));
        NewProjectDialog.Request edited = shown.get().getResult();
        assertThat(edited.pastedHtml()).isEmpty();
        assertThat(edited.pastedText()).isEqualTo(plain + "!");
    }

    @Test
    void aBrowserPasteIsReviewedAsThePageWhenItReadsAsOneElseAsItsText(FxRobot robot) {
        String plain = String.join("\n\n", "Expert Round-Up: Will the Pact Hold?", "March 3, 2022",
                "Ann Ames, Fellow, Example Institute", "It will hold for now. (Daily News, 01.02.22)",
                "Nobody wants to pay for leaving it. (Weekly, 02.02.22)", "Ben Brook, Professor, Sample University",
                "It will not outlast the decade. (Review, 03.02.22)");
        String html = "<html><body>" + String.join("", plain.lines().filter(l -> !l.isBlank())
                .map(l -> "<p>" + l + "</p>").toList()) + "</body></html>";
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(
                Map.of(DataFormat.HTML, html, DataFormat.PLAIN_TEXT, plain)));
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup((Node n) -> n instanceof TextArea area
                && "Paste the article here…".equals(area.getPromptText())).queryAs(TextArea.class));
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(counts(robot)).isEqualTo("2 experts, 3 quotes");
        assertThat(robot.lookup(".new-map-form .text-field").queryAs(TextField.class).getText())
                .isEqualTo("Will the Pact hold?"); // "pact" is never written in lower case in the body
    }

    /** Ctrl+N, paste {@code text} from the clipboard into the article field, and Read. */
    private void openReviewOfPasted(FxRobot robot, String text) {
        openReviewOfPasted(robot, text, false);
    }

    /** As above; {@code byKeyboard} reads with Ctrl+Enter rather than the button. */
    private void openReviewOfPasted(FxRobot robot, String text, boolean byKeyboard) {
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text)));
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea article = robot.lookup((Node n) -> n instanceof TextArea area
                && "Paste the article here…".equals(area.getPromptText())).queryAs(TextArea.class);
        robot.clickOn(article).press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(article.getText()).isEqualTo(text);
        if (byKeyboard) {
            robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        } else {
            robot.clickOn(button(robot, "Read…"));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".round-up-review").tryQuery()).isPresent();
    }

    private static String counts(FxRobot robot) {
        return robot.lookup(".round-up-review .counts").queryAs(Label.class).getText();
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Button b && b.getText() != null
                && b.getText().replace("_", "").equals(text) && b.isVisible()).queryAs(Button.class);
    }

    @SuppressWarnings("unchecked")
    private static Node entryCell(FxRobot robot, String name) {
        return robot.lookup(".entry-cell").match((Node n) -> n instanceof ListCell<?> cell && cell.getItem() != null
                && ((ListCell<DraftEntry>) cell).getItem().people().stream().anyMatch(p -> p.name().equals(name)))
                .query();
    }

    /** The numbers of the source lines shown highlighted as the selected entry's. */
    @SuppressWarnings("unchecked")
    private static Set<Integer> highlightedSourceLines(FxRobot robot) {
        return robot.lookup(".source-line").queryAll().stream()
                .filter(n -> n.isVisible() && n.getPseudoClassStates().contains(IN_ENTRY))
                .map(n -> ((ListCell<SourceLine>) n).getItem())
                .filter(Objects::nonNull)
                .map(SourceLine::number)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
