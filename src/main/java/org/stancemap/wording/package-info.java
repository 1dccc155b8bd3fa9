/**
 * The words that carry a stance: estimative terms, negations, hedges, modal verbs and comparatives, found in
 * quote text. One list, shared by the card check (a cut that removes such a word changes the meaning), the
 * side panel and the triage view (highlighting) and any suggester. Plain Java, depends on nothing else here.
 */
package org.stancemap.wording;
