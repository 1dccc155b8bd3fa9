/**
 * The spectrum control: {@link org.stancemap.ui.control.SpectrumView} and the values it reports
 * ({@link org.stancemap.ui.control.MoveRequest}, {@link org.stancemap.ui.control.DragPreview}). Its skin and
 * mouse and keyboard controllers live in {@code impl}; nothing here knows about view models or undo.
 */
package org.stancemap.ui.control;
