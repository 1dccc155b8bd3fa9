package org.stancemap.ui.about;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens Help › About's dialog and writes it to {@code target/screenshots/} for a person to look at. */
@ExtendWith(ApplicationExtension.class)
class AboutViewTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void dialogShowsTheVersionTheRuntimeAndTheBundledLicences(FxRobot robot) throws IOException {
        AtomicReference<Dialog<ButtonType>> shown = new AtomicReference<>();
        robot.interact(() -> {
            Dialog<ButtonType> dialog = AboutView.dialog(stage, AboutViewModel.ofThisApp());
            dialog.show();
            shown.set(dialog);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(n -> n instanceof Label label && label.getText().startsWith("StanceMap ")).tryQuery())
                .isPresent();
        assertThat(robot.lookup(n -> n instanceof Label label && label.getText().startsWith("Java ")
                && label.getText().contains("JavaFX " + System.getProperty("javafx.runtime.version"))).tryQuery())
                .isPresent();
        TextArea licences = robot.lookup(n -> n instanceof TextArea).query();
        assertThat(licences.getText()).isEqualTo(AboutViewModel.bundledLicences());
        assertThat(licences.isEditable()).isFalse();

        AtomicReference<WritableImage> snapshot = new AtomicReference<>();
        robot.interact(() -> snapshot.set(shown.get().getDialogPane().snapshot(null, null)));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(SwingFXUtils.fromFXImage(snapshot.get(), null), "png", dir.resolve("about-dialog.png").toFile());
        robot.interact(() -> shown.get().close());
        assertThat(Optional.ofNullable(snapshot.get())).isPresent();
    }
}
