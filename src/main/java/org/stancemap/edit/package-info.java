/**
 * Every change a user makes to a project, as a command that can be undone, and the history of those commands.
 *
 * <p>The window, the drag controller and the command line all change projects only through these commands, so an
 * action behaves the same wherever it comes from and every one of them is undoable.
 */
package org.stancemap.edit;
