package org.stancemap.ui.window;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.stancemap.edit.RetagCommand;
import org.stancemap.model.Voice;
import org.stancemap.ui.map.MapViewModel;
import org.stancemap.ui.project.ProjectViewModel;

/**
 * The right-click menu of an expert on the map: move it precisely, cut a debate card from its quotes, or change
 * its tags (region, role, …) — each change one undoable command.
 */
final class VoiceContextMenu extends ContextMenu {

    VoiceContextMenu(ProjectViewModel project, MapViewModel map, Runnable moveTo, Runnable cutCard) {
        // Filled before the first showing too: a context menu with no items is never shown at all.
        Runnable fill = () -> fill(project, map, moveTo, cutCard);
        fill.run();
        setOnShowing(event -> fill.run());
    }

    private void fill(ProjectViewModel project, MapViewModel map, Runnable moveTo, Runnable cutCard) {
        Voice voice = project.selectedVoiceProperty().get();
        MenuItem move = new MenuItem("Move To…");
        move.setOnAction(e -> moveTo.run());
        if (voice == null) {
            move.setDisable(true);
            getItems().setAll(move);
            return;
        }
        MenuItem cut = new MenuItem("Cut Card…");
        cut.setOnAction(e -> cutCard.run());
        getItems().setAll(move, cut, new SeparatorMenuItem());
        for (String attribute : map.getAttributes()) {
            getItems().add(tagMenu(project, voice, attribute, map.valuesOf(attribute)));
        }
    }

    private static Menu tagMenu(ProjectViewModel project, Voice voice, String attribute, List<String> values) {
        Menu menu = new Menu("Set " + attribute);
        ToggleGroup group = new ToggleGroup();
        Optional<String> current = Optional.ofNullable(voice.tags().get(attribute));
        for (String value : values) {
            RadioMenuItem item = new RadioMenuItem(value);
            item.setToggleGroup(group);
            item.setSelected(current.filter(value::equals).isPresent());
            item.setOnAction(e -> {
                if (!current.filter(value::equals).isPresent()) {
                    project.execute(new RetagCommand(voice.id(), attribute, current, Optional.of(value)));
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }
}
