package org.stancemap.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stancemap.model.Project;
import org.stancemap.store.BundledMap;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens the export dialog on the bundled map and writes it to {@code target/screenshots/} for a person to look at. */
@ExtendWith(ApplicationExtension.class)
class ExportViewScreenshotTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void dialogShowsAPreviewOfTheBriefingAndOffersExportAndCopy(FxRobot robot) throws IOException {
        Project project = BundledMap.load();
        AtomicReference<Dialog<ButtonType>> shown = new AtomicReference<>();
        robot.interact(() -> {
            ExportViewModel model = new ExportViewModel(project, v -> true, project.voice("dmitri-trenin"), "region",
                    1000, 600);
            Dialog<ButtonType> dialog = ExportView.dialog(stage, model);
            dialog.show();
            shown.set(dialog);
        });
        WaitForAsyncUtils.waitForFxEvents();

        ImageView preview = robot.lookup(n -> n instanceof ImageView).query();
        assertThat(preview.getImage()).isNotNull();
        assertThat(preview.getImage().getWidth()).isEqualTo(ExportViewModel.PREVIEW_WIDTH);
        assertThat(shown.get().getDialogPane().getButtonTypes()).extracting(ButtonType::getText)
                .contains("Export…", "Copy Image");

        AtomicReference<WritableImage> snapshot = new AtomicReference<>();
        robot.interact(() -> snapshot.set(shown.get().getDialogPane().snapshot(null, null)));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(SwingFXUtils.fromFXImage(snapshot.get(), null), "png", dir.resolve("export-dialog.png").toFile());
        robot.interact(() -> shown.get().close());
        assertThat(Optional.ofNullable(snapshot.get())).isPresent();
    }
}
