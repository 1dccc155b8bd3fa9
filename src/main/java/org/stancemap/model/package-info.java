/**
 * The stance map's domain: round-ups, voices, quotes, citations, spectra, bands and placements.
 *
 * <p>Immutable values with no dependency on the screen or on any file format, so that importers, the store,
 * layout, renderers, the window and the command line all share one vocabulary.
 */
package org.stancemap.model;
