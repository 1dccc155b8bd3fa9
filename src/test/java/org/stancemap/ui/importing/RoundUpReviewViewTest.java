package org.stancemap.ui.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javafx.css.PseudoClass;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.roundup.DraftEntry;
import org.stancemap.importer.roundup.DraftQuote;
import org.stancemap.importer.roundup.EntryRole;
import org.stancemap.importer.roundup.FormatReading;
import org.stancemap.importer.roundup.FormatScore;
import org.stancemap.importer.roundup.FrontMatter;
import org.stancemap.importer.roundup.RoundUpDraft;
import org.stancemap.importer.roundup.RoundUpFormats;
import org.stancemap.importer.roundup.SpectrumTemplate;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.importer.text.SourceFormat;
import org.stancemap.importer.text.SourceLine;
import org.stancemap.model.Citation;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review dialog on a made-up transcript with everything the seed lacks: a moderator, an entry the format
 * doubts, a line cleaning dropped and a passage left unread. Writes {@code target/screenshots/review-marks.png}.
 */
@ExtendWith(ApplicationExtension.class)
class RoundUpReviewViewTest {

    private static final PseudoClass DROPPED = PseudoClass.getPseudoClass("dropped");
    private static final PseudoClass WARNED = PseudoClass.getPseudoClass("warned");
    private static final String DOUBT = "The label “Cai Other:” is on the same line as the answer.";
    private static final String UNREAD = "This paragraph has no speaker label, so it was skipped.";

    private Stage stage;
    private RoundUpReviewViewModel model;
    private Dialog<Project> dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> dialog.getDialogPane().getScene().getWindow().hide());
    }

    @Test
    void marksWhatTheFormatDoubtedDroppedAndCouldNotReadAndAcceptingADoubtClearsIt(FxRobot robot) throws IOException {
        model = transcript();
        robot.interact(() -> {
            dialog = RoundUpReviewView.dialog(stage, model);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        ListCell<?> doubtful = entryCell(robot, "Cai Other");
        assertThat(doubtful.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("doubtful"));
        assertThat(texts(doubtful)).contains(DOUBT);
        ListCell<?> host = entryCell(robot, "Ann Host");
        assertThat(texts(host)).contains("Moderator · not on the map");
        assertThat(sourceCell(robot, 1).getPseudoClassStates()).contains(DROPPED);
        assertThat(texts(sourceCell(robot, 1))).contains("Dropped by cleaning: photo credit");
        assertThat(sourceCell(robot, 9).getPseudoClassStates()).contains(WARNED);
        assertThat(texts(sourceCell(robot, 9))).contains(UNREAD);
        assertThat(texts(robot.lookup(".review-header").query())).contains("1 warning, marked in the source");

        robot.clickOn(doubtful);
        WaitForAsyncUtils.waitForFxEvents();
        write(robot);
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && "Accept Dou_bt".equals(b.getText()))
                .queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.getEntries().get(3).doubt()).isEmpty();
        assertThat(entryCell(robot, "Cai Other").getPseudoClassStates())
                .doesNotContain(PseudoClass.getPseudoClass("doubtful"));
        assertThat(texts(robot.lookup(".review-header").query())).contains("2 experts, 2 quotes");
    }

    /** Lines 1–9: a photo credit cleaning dropped, a host asking twice, two guests, and an unlabelled paragraph. */
    private static RoundUpReviewViewModel transcript() {
        List<String> text = List.of("Photo: Agency", "ANN HOST: What do you make of it?", "BEN GUEST: It will not last.",
                "", "ANN HOST: And you?", "Cai Other: It may, if the price of oil stays high.", "", "",
                "Some closing remarks nobody signed.");
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            lines.add(SourceLine.plain(i + 1, text.get(i)));
        }
        SourceDocument source = new SourceDocument("talk.txt", SourceFormat.PLAIN_TEXT, lines)
                .withDropped(Map.of(1, "photo credit"));
        Person host = new Person("Ann Host", "Moderator");
        List<DraftEntry> entries = List.of(
                DraftEntry.expert(List.of(host), 2, List.of(quote("What do you make of it?", 2)))
                        .withRole(EntryRole.MODERATOR),
                DraftEntry.expert(List.of(new Person("Ben Guest", "Analyst")), 3, List.of(quote("It will not last.", 3))),
                DraftEntry.expert(List.of(host), 5, List.of(quote("And you?", 5))).withRole(EntryRole.MODERATOR),
                DraftEntry.expert(List.of(new Person("Cai Other", "")), 6,
                        List.of(quote("It may, if the price of oil stays high.", 6))).withDoubt(DOUBT));
        FormatScore score = new FormatScore(RoundUpFormats.standard().formats().get(0), 0.6);
        FormatReading reading = new FormatReading(new FrontMatter("A Talk on Oil", Optional.empty(), List.of(),
                Optional.empty(), List.of()), entries, Optional.empty(), SpectrumTemplate.LIKELIHOOD,
                List.of(new ImportWarning(9, UNREAD)));
        return new RoundUpReviewViewModel(new RoundUpDraft(source, score, List.of(score), reading),
                RoundUpFormats.standard(), Optional.empty(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    }

    private static DraftQuote quote(String text, int line) {
        return new DraftQuote(text, Citation.unstated(), line, line);
    }

    private static ListCell<?> entryCell(FxRobot robot, String name) {
        return robot.lookup(".entry-cell").match((ListCell<?> cell) -> cell.getItem() instanceof DraftEntry entry
                && entry.people().stream().anyMatch(p -> p.name().equals(name))).query();
    }

    private static ListCell<?> sourceCell(FxRobot robot, int number) {
        return robot.lookup(".source-line").match((ListCell<?> cell) -> cell.getItem() instanceof SourceLine line
                && line.number() == number).query();
    }

    private void write(FxRobot robot) throws IOException {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(dialog.getDialogPane().snapshot(null, null)));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(SwingFXUtils.fromFXImage(shot.get(), null), "png", dir.resolve("review-marks.png").toFile());
    }

    /** Every piece of text shown under {@code root}. */
    private static List<String> texts(Node root) {
        List<String> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            found.add(labeled.getText());
        } else if (node instanceof Text text && text.getText() != null) {
            found.add(text.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }
}
