/**
 * Suggesting where an expert stands from the words that carry a stance in their quotes. Plain Java, no JavaFX;
 * every suggestion names the words it rests on. Measured against placing everyone in one band before any of it
 * is shown to a user (see the README's "Suggestions" section).
 */
package org.stancemap.suggest;
