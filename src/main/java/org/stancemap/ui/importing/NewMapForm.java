package org.stancemap.ui.importing;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.stancemap.importer.roundup.SpectrumTemplate;
import org.stancemap.model.Spectrum;

/**
 * The question and the spectrum of the map to create, asked every time: the round-up's own proposal is filled
 * in, the open map's spectrum is an option that says whose it is, and why Create Map is disabled is one sentence.
 */
final class NewMapForm extends GridPane {

    NewMapForm(RoundUpReviewViewModel model) {
        NewMapSettings settings = model.newMap();
        getStyleClass().add("new-map-form");
        setHgap(10);
        setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(labels, fields);

        TextField question = new TextField();
        question.setPromptText("The question the experts answer, e.g. How likely is …?");
        question.textProperty().bindBidirectional(settings.questionProperty());
        Label questionLabel = label("_Question");
        questionLabel.setLabelFor(question);
        addRow(0, questionLabel, question);

        ToggleGroup spectra = new ToggleGroup();
        RadioButton likelihood = choice("_Likelihood", SpectrumTemplate.LIKELIHOOD, SpectrumChoice.LIKELIHOOD, spectra);
        RadioButton agreement = choice("_Agreement", SpectrumTemplate.AGREEMENT, SpectrumChoice.AGREEMENT, spectra);
        RadioButton custom = new RadioButton("_Custom:");
        custom.setUserData(SpectrumChoice.CUSTOM);
        custom.setToggleGroup(spectra);
        TextField left = new TextField();
        left.setPromptText("left end");
        left.setPrefColumnCount(9);
        left.textProperty().bindBidirectional(settings.leftLabelProperty());
        TextField right = new TextField();
        right.setPromptText("right end");
        right.setPrefColumnCount(9);
        right.textProperty().bindBidirectional(settings.rightLabelProperty());
        left.disableProperty().bind(custom.selectedProperty().not());
        right.disableProperty().bind(custom.selectedProperty().not());
        Label leftLabel = label("Le_ft");
        leftLabel.setLabelFor(left);
        Label rightLabel = label("Rig_ht");
        rightLabel.setLabelFor(right);
        HBox customBox = new HBox(6, custom, leftLabel, left, rightLabel, right);
        customBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane templates = new FlowPane(14, 6, likelihood, agreement, customBox);
        templates.setAlignment(Pos.CENTER_LEFT);
        addRow(1, label("Spectrum"), templates);

        RadioButton reuse = new RadioButton(settings.currentSpectrum().map(NewMapForm::reuseText)
                .orElse("_Reuse the open map's spectrum (no map is open)"));
        reuse.setUserData(SpectrumChoice.CURRENT_MAP);
        reuse.setToggleGroup(spectra);
        reuse.setWrapText(true);
        reuse.setDisable(settings.currentSpectrum().isEmpty());
        add(reuse, 1, 2);

        selectToggle(spectra, settings.spectrumChoiceProperty().get());
        spectra.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                settings.spectrumChoiceProperty().set((SpectrumChoice) now.getUserData());
            }
        });
        settings.spectrumChoiceProperty().addListener((obs, old, now) -> selectToggle(spectra, now));

        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        add(problem, 0, 3, 2, 1);
    }

    /** "Reuse the open map's spectrum: No alliance … De facto alliance, 5 bands. That map asks “…”" */
    private static String reuseText(Spectrum current) {
        String bands = current.bands().isEmpty() ? "no bands" : RoundUpReviewViewModel.plural(current.bands().size(), "band");
        return "_Reuse the open map's spectrum: " + current.leftLabel() + " … " + current.rightLabel() + ", " + bands
                + ". That map asks “" + current.question() + "”";
    }

    private static RadioButton choice(String text, SpectrumTemplate template, SpectrumChoice choice, ToggleGroup group) {
        Spectrum axis = template.spectrum("");
        RadioButton button = new RadioButton(text + " (" + axis.leftLabel() + " … " + axis.rightLabel() + ")");
        button.setUserData(choice);
        button.setToggleGroup(group);
        return button;
    }

    private static void selectToggle(ToggleGroup group, SpectrumChoice choice) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData() == choice && !toggle.isSelected()) {
                toggle.setSelected(true);
            }
        }
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
