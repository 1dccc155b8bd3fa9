/**
 * Cutting debate cards from a map: the quotes a user picks become a card (tag, cite from each quote's real origin
 * via the round-up, body verbatim with its attribution), written as plain text, HTML for the clipboard and
 * {@code .docx} in the styles debaters' Word templates use. Depends on the model only; the card check reads
 * what it writes back as clean.
 */
package org.stancemap.cardcut;
