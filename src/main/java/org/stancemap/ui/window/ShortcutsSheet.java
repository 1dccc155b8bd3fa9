package org.stancemap.ui.window;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Help › Keyboard Shortcuts: every shortcut in a table, grouped by what the user is doing, keys in their own column. */
final class ShortcutsSheet {

    private record Shortcut(String keys, String action) {
    }

    private record Group(String title, List<Shortcut> shortcuts) {
    }

    static final List<Group> GROUPS = List.of(
            new Group("On the map", List.of(
                    new Shortcut("Click · Enter", "Select an expert and show their quotes"),
                    new Shortcut("← → · Tab", "Previous / next expert along the axis"),
                    new Shortcut("Shift+← →", "Nudge the selected expert by 0.01 (a burst is one undo step)"),
                    new Shortcut("Drag sideways", "Move an expert; Esc cancels the drag"),
                    new Shortcut("Right-click", "Move an expert, or set its region or role"))),
            new Group("Editing", List.of(
                    new Shortcut("Ctrl+M", "Move the selected expert to a band or an exact position, with a reason"),
                    new Shortcut("Ctrl+U", "Place the unplaced experts one by one from the keyboard"),
                    new Shortcut("Ctrl+K", "Cut a debate card from quotes"),
                    new Shortcut("Ctrl+Z", "Undo"),
                    new Shortcut("Ctrl+Shift+Z", "Redo"),
                    new Shortcut("Ctrl+Enter", "Keep the note you are typing; Esc discards it"))),
            new Group("Finding", List.of(
                    new Shortcut("Ctrl+F", "Search names, roles and quotes; matches are marked in the quotes"),
                    new Shortcut("Esc", "Clear the search"))),
            new Group("Files and briefings", List.of(
                    new Shortcut("Ctrl+N", "New map from a round-up"),
                    new Shortcut("Ctrl+O", "Open a map"),
                    new Shortcut("Ctrl+S · Ctrl+Shift+S", "Save · Save as"),
                    new Shortcut("Ctrl+E", "Export for a briefing"),
                    new Shortcut("Ctrl+Shift+C", "Copy the 16:9 slide"),
                    new Shortcut("F1", "This sheet"))));

    private ShortcutsSheet() {
    }

    static void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE); // a sheet to keep open beside the map while learning the keys
        dialog.setTitle("Keyboard Shortcuts");
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(table());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.show();
    }

    static GridPane table() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts-sheet");
        grid.setHgap(18);
        grid.setVgap(6);
        grid.setPadding(new Insets(8, 16, 8, 16));
        int row = 0;
        for (Group group : GROUPS) {
            Label title = new Label(group.title());
            title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em; -fx-padding: 8 0 2 0;");
            grid.add(title, 0, row++, 2, 1);
            for (Shortcut shortcut : group.shortcuts()) {
                Label keys = new Label(shortcut.keys());
                keys.getStyleClass().add("shortcut-keys");
                keys.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
                keys.setMinWidth(Region.USE_PREF_SIZE);
                Label action = new Label(shortcut.action());
                action.setWrapText(true);
                action.setMaxWidth(420);
                grid.addRow(row++, keys, action);
            }
        }
        return grid;
    }
}
