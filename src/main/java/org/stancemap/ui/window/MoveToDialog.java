package org.stancemap.ui.window;

import java.util.Locale;
import java.util.Optional;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.stancemap.model.Band;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;

/**
 * The precise alternative to dragging: move a voice to a band (its centre) or to an exact position, with a
 * reason. Also asks for the reason after a drag when the preferences require one.
 */
final class MoveToDialog {

    /** What the user chose. */
    record Choice(double position, String reason) {
    }

    private MoveToDialog() {
    }

    /**
     * Asks where to move {@code voice}; {@code proposed} pre-fills the position (e.g. where a drag dropped it).
     * Empty when cancelled, or when a required reason was not given.
     */
    static Optional<Choice> show(Window owner, Spectrum spectrum, Voice voice, double proposed, boolean reasonRequired) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Move " + voice.shortName());
        dialog.setHeaderText("Where does " + voice.displayName() + " stand?\n" + spectrum.question());

        Spinner<Double> position = new Spinner<>();
        SpinnerValueFactory.DoubleSpinnerValueFactory values =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1, round(proposed), 0.01);
        values.setConverter(new javafx.util.converter.DoubleStringConverter() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
            }
        });
        position.setValueFactory(values);
        position.setEditable(true);

        ComboBox<Band> band = new ComboBox<>();
        band.getItems().setAll(spectrum.bands());
        band.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Band b) {
                return b == null ? "" : b.label();
            }

            @Override
            public Band fromString(String text) {
                return spectrum.bands().stream().filter(b -> b.label().equals(text)).findFirst().orElse(null);
            }
        });
        spectrum.bandAt(proposed).ifPresent(band::setValue);
        band.setOnAction(e -> {
            Band chosen = band.getValue();
            if (chosen != null && !chosen.contains(values.getValue())) {
                values.setValue(round(chosen.centre()));
            }
        });
        values.valueProperty().addListener((obs, old, now) -> spectrum.bandAt(now).ifPresent(band::setValue));

        TextField reason = new TextField();
        reason.setPromptText(reasonRequired ? "Required: why this placement?" : "Optional: why this placement?");
        reason.setPrefColumnCount(32);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        grid.addRow(0, label("Band"), band);
        grid.addRow(1, label("Position (0–1)"), position);
        grid.addRow(2, label("Your reason"), reason);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(reason.textProperty().map(t -> reasonRequired && t.isBlank()));
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Choice(position.getValue(), reason.getText().strip()) : null);
        Platform.runLater(reason::requestFocus);
        return dialog.showAndWait();
    }

    /** A label that keeps its whole text: the grid would otherwise squeeze it to "Position (0…". */
    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static double round(double position) {
        return Math.round(position * 100) / 100.0;
    }
}
