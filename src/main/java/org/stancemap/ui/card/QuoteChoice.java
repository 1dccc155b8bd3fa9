package org.stancemap.ui.card;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.stancemap.cardcut.QuotePick;

/** One quote of the map the user may pick for a card, shown as its expert and its opening words. */
public final class QuoteChoice {
    private final QuotePick pick;
    private final String label;
    private final BooleanProperty picked = new SimpleBooleanProperty(this, "picked");

    QuoteChoice(QuotePick pick, String label, boolean initiallyPicked) {
        this.pick = pick;
        this.label = label;
        picked.set(initiallyPicked);
    }

    public QuotePick pick() {
        return pick;
    }

    public BooleanProperty pickedProperty() {
        return picked;
    }

    public boolean isPicked() {
        return picked.get();
    }

    public void setPicked(boolean value) {
        picked.set(value);
    }

    @Override
    public String toString() {
        return label;
    }
}
