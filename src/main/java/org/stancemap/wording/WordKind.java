package org.stancemap.wording;

/** Why a word carries the stance; each kind is shown and checked in its own way. */
public enum WordKind {
    /** A term of estimative probability, e.g. "very unlikely", "roughly even chance", "almost certainly". */
    ESTIMATIVE("estimative word"),
    /** A word that reverses what follows, e.g. "not", "never", "won't", "without". */
    NEGATION("negation"),
    /** A word that weakens a claim, e.g. "perhaps", "arguably", "few", "to some extent". */
    HEDGE("hedge"),
    /** A modal verb, e.g. "may", "could", "will", "must". */
    MODAL("modal verb"),
    /** A word that sets a direction of comparison, e.g. "more", "less", "closer"; removing it can reverse one. */
    COMPARATIVE("comparative");

    private final String label;

    WordKind(String label) {
        this.label = label;
    }

    /** Lower-case name for a legend or a finding, e.g. "estimative word". */
    public String label() {
        return label;
    }
}
