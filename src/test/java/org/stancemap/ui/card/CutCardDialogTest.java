package org.stancemap.ui.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stancemap.store.BundledMap;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Cut Card window shows the cite and card of the picked quotes, and Copy puts HTML and text on the clipboard. */
@ExtendWith(ApplicationExtension.class)
class CutCardDialogTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void typingTheTagShowsTheCardAndCopyPutsHtmlAndTextOnTheClipboard(FxRobot robot) {
        AtomicReference<Stage> shown = new AtomicReference<>();
        robot.interact(() -> shown.set(CutCardDialog.show(owner,
                new CutCardViewModel(BundledMap.load(), Optional.of("sebastien-roblin")))));
        robot.clickOn("#cut-card-tag").write("Chinese analysts deny an alliance");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#cut-card-cite").queryAs(Label.class).getText()).startsWith("Roblin 18 (Sebastien Roblin");
        assertThat(robot.lookup("#cut-card-preview").queryAs(TextArea.class).getText())
                .startsWith("Chinese analysts deny an alliance\nRoblin 18 (");

        robot.clickOn("#cut-card-copy");
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> html = new AtomicReference<>();
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            html.set(Clipboard.getSystemClipboard().getHtml());
            text.set(Clipboard.getSystemClipboard().getString());
        });
        assertThat(html.get()).contains("<h4>Chinese analysts deny an alliance</h4>").contains("Roblin 18</b>");
        assertThat(text.get()).startsWith("Chinese analysts deny an alliance\n");
        robot.interact(() -> shown.get().close());
    }
}
