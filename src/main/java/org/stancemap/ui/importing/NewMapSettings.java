package org.stancemap.ui.importing;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.stancemap.importer.roundup.RoundUpDraft;
import org.stancemap.importer.roundup.SpectrumTemplate;
import org.stancemap.model.Spectrum;

/**
 * The question and spectrum of the map the review creates: proposed from the round-up, always shown, changed only
 * by the user. The open map's spectrum is one of the choices, never taken unless chosen.
 */
public final class NewMapSettings {

    private final Optional<Spectrum> currentSpectrum;
    private final Supplier<String> proposedQuestion;

    // Properties
    private final StringProperty question = new SimpleStringProperty(this, "question", "");
    private final ObjectProperty<SpectrumChoice> spectrumChoice = new SimpleObjectProperty<>(this, "spectrumChoice");
    private final StringProperty leftLabel = new SimpleStringProperty(this, "leftLabel", "");
    private final StringProperty rightLabel = new SimpleStringProperty(this, "rightLabel", "");

    /**
     * @param proposed         the draft whose question and template are proposed first
     * @param currentSpectrum  the open map's spectrum, offered for reuse; empty when there is none
     * @param proposedQuestion the question the draft under review proposes now, which re-reading can change
     */
    NewMapSettings(RoundUpDraft proposed, Optional<Spectrum> currentSpectrum, Supplier<String> proposedQuestion) {
        this.currentSpectrum = Objects.requireNonNull(currentSpectrum, "currentSpectrum");
        this.proposedQuestion = Objects.requireNonNull(proposedQuestion, "proposedQuestion");
        question.set(proposed.proposedQuestion());
        spectrumChoice.set(SpectrumChoice.of(proposed.proposedTemplate()));
        spectrumChoice.addListener((obs, old, now) -> spectrumChosen(old, now));
    }

    /** The question the map asks; proposed from the round-up, required. */
    public StringProperty questionProperty() {
        return question;
    }

    public ObjectProperty<SpectrumChoice> spectrumChoiceProperty() {
        return spectrumChoice;
    }

    /** The custom axis's left end. */
    public StringProperty leftLabelProperty() {
        return leftLabel;
    }

    public StringProperty rightLabelProperty() {
        return rightLabel;
    }

    /** The open map's spectrum, when there is one to reuse. */
    public Optional<Spectrum> currentSpectrum() {
        return currentSpectrum;
    }

    /** What a change of which changes {@link #problem()}. */
    Observable[] inputs() {
        return new Observable[] {question, spectrumChoice, leftLabel, rightLabel};
    }

    /** Why no map can be made with these settings, one sentence; "" when one can. */
    String problem() {
        if (question.get().isBlank()) {
            return "Type the question the map asks.";
        }
        if (spectrumChoice.get() == SpectrumChoice.CUSTOM && (leftLabel.get().isBlank() || rightLabel.get().isBlank())) {
            return "Name both ends of the custom axis.";
        }
        if (spectrumChoice.get() == SpectrumChoice.CURRENT_MAP && currentSpectrum.isEmpty()) {
            return "No map is open whose spectrum could be reused.";
        }
        return "";
    }

    /** The spectrum the chosen option gives the question as typed; call only when {@link #problem()} is "". */
    Spectrum spectrum() {
        String asked = question.get().strip();
        return switch (spectrumChoice.get()) {
            case LIKELIHOOD -> SpectrumTemplate.LIKELIHOOD.spectrum(asked);
            case AGREEMENT -> SpectrumTemplate.AGREEMENT.spectrum(asked);
            case CUSTOM -> SpectrumTemplate.custom(asked, leftLabel.get().strip(), rightLabel.get().strip());
            case CURRENT_MAP -> {
                Spectrum current = currentSpectrum.orElseThrow();
                yield new Spectrum(asked, current.leftLabel(), current.rightLabel(), current.bands());
            }
        };
    }

    /** After a re-reading: what the user left as proposed follows the new proposal; what they changed stays. */
    void followProposal(RoundUpDraft before, RoundUpDraft after) {
        if (question.get().equals(before.proposedQuestion())) {
            question.set(after.proposedQuestion());
        }
        if (spectrumChoice.get() == SpectrumChoice.of(before.proposedTemplate())) {
            spectrumChoice.set(SpectrumChoice.of(after.proposedTemplate()));
        }
    }

    /**
     * Choosing the open map's spectrum puts its question in the field, where the user sees and can change it;
     * choosing another again brings back the round-up's own question if that one was not edited.
     */
    private void spectrumChosen(SpectrumChoice old, SpectrumChoice now) {
        if (currentSpectrum.isEmpty()) {
            return;
        }
        String proposed = proposedQuestion.get();
        String current = currentSpectrum.get().question();
        if (now == SpectrumChoice.CURRENT_MAP && (question.get().isBlank() || question.get().equals(proposed))) {
            question.set(current);
        } else if (old == SpectrumChoice.CURRENT_MAP && question.get().equals(current)) {
            question.set(proposed);
        }
    }
}
