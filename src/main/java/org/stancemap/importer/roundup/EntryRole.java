package org.stancemap.importer.roundup;

/** What an entry of a draft is to the map: a voice to place, or text the review keeps off the map. */
public enum EntryRole {
    /** An expert's entry: it becomes a voice. */
    EXPERT,
    /** Whoever asks the questions in a transcript: shown in the review, not a voice. */
    MODERATOR,
    /** Read as an entry but marked by the format or the user as not an expert (a caption, a narrative bullet). */
    NOT_AN_EXPERT
}
