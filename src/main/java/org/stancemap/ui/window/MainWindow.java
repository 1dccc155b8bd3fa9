package org.stancemap.ui.window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.stancemap.model.Voice;
import org.stancemap.store.RecoveryStore;
import org.stancemap.ui.control.MoveRequest;
import org.stancemap.ui.export.ExportView;
import org.stancemap.ui.export.ExportViewModel;
import org.stancemap.ui.map.MapView;
import org.stancemap.ui.map.MapViewModel;
import org.stancemap.ui.preferences.AppPreferences;
import org.stancemap.ui.project.ProjectViewModel;
import org.stancemap.ui.sidepanel.SidePanelView;
import org.stancemap.ui.sidepanel.SidePanelViewModel;

/**
 * The main window: menus, the map on the left, the selected expert's quotes on the right. It wires views to
 * view models and turns menu items and shortcuts into their commands; it holds no state of its own.
 */
public final class MainWindow {

    private static final double SIDE_PANEL_WIDTH = 460;

    private final Stage stage;
    private final ProjectViewModel project;
    private final AppPreferences preferences;
    private final MapViewModel mapModel;
    private final MapView mapView;
    private final FileActions files;
    private final SplitPane split;

    public MainWindow(Stage stage, ProjectViewModel project, AppPreferences preferences, RecoveryStore recovery,
                      Consumer<String> urlOpener) {
        this.stage = stage;
        this.project = project;
        this.preferences = preferences;
        SidePanelViewModel sidePanelModel = new SidePanelViewModel(project.projectProperty(),
                project.selectedVoiceProperty(), project::execute, urlOpener);
        this.files = new FileActions(stage, project, preferences, recovery, sidePanelModel::commitNote);
        this.mapModel = new MapViewModel(project.projectProperty());
        mapModel.colorAttributeProperty().set(preferences.colorAttribute());
        mapModel.colorAttributeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                preferences.setColorAttribute(now);
            }
        });
        this.mapView = new MapView(project, mapModel);
        mapView.setOnMoveRequested(this::moveRequested);
        mapView.spectrumView().setContextMenu(new VoiceContextMenu(project, mapModel, this::moveSelectedTo));

        SidePanelView sidePanel = new SidePanelView(sidePanelModel);
        // The panel keeps its width when the window grows: the map is what benefits from more room.
        sidePanel.setPrefWidth(SIDE_PANEL_WIDTH);
        sidePanel.setMinWidth(300);
        split = new SplitPane(mapView, sidePanel);
        SplitPane.setResizableWithParent(sidePanel, false);
        split.widthProperty().addListener((obs, old, now) -> {
            if (old.doubleValue() == 0 && now.doubleValue() > SIDE_PANEL_WIDTH) {
                split.setDividerPositions(1 - SIDE_PANEL_WIDTH / now.doubleValue());
            }
        });

        BorderPane root = new BorderPane(split);
        root.setTop(menuBar());
        Scene scene = new Scene(root);
        stage.setScene(scene);
        stage.titleProperty().bind(project.titleProperty());
        stage.setOnCloseRequest(event -> {
            if (!files.confirmDiscard()) {
                event.consume();
            } else {
                rememberBounds();
            }
        });
        placeWindow();
    }

    /** Opens the start project, shows the window, then offers to restore work a crash left behind. */
    public void show(StartupProject start) {
        files.openAtStart(start);
        stage.show();
        Platform.runLater(files::offerRecovery);
        mapView.spectrumView().requestFocus();
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        Menu recent = new Menu("Open _Recent");
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        file.getItems().addAll(
                item("_New from Round-up…", "Shortcut+N", files::newFromRoundUp),
                item("_Open…", "Shortcut+O", files::open),
                recent,
                item("Open _Bundled China-Russia Map", null, files::openBundledMap),
                new SeparatorMenuItem(),
                item("_Save", "Shortcut+S", files::save),
                item("Save _As…", "Shortcut+Shift+S", files::saveAs),
                new SeparatorMenuItem(),
                item("_Export…", "Shortcut+E", () -> ExportView.show(stage, exportModel())),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", this::quit));

        MenuItem undo = item("_Undo", "Shortcut+Z", project::undo);
        undo.textProperty().bind(project.undoTextProperty());
        undo.disableProperty().bind(project.canUndoProperty().not());
        MenuItem redo = item("_Redo", "Shortcut+Shift+Z", project::redo);
        redo.textProperty().bind(project.redoTextProperty());
        redo.disableProperty().bind(project.canRedoProperty().not());
        MenuItem moveTo = item("_Move Selected Expert To…", "Shortcut+M", this::moveSelectedTo);
        moveTo.disableProperty().bind(project.selectedVoiceProperty().isNull());
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), moveTo,
                item("Copy _Image", "Shortcut+Shift+C", () -> ExportView.copyImage(exportModel())),
                new SeparatorMenuItem(),
                item("_Preferences…", "Shortcut+Comma", () -> PreferencesDialog.show(stage, preferences)));

        Menu colourBy = new Menu("_Colour By");
        ToggleGroup colours = new ToggleGroup();
        Runnable fillColours = () -> colourBy.getItems().setAll(mapModel.getAttributes().stream().map(attribute -> {
            RadioMenuItem choice = new RadioMenuItem(attribute);
            choice.setToggleGroup(colours);
            choice.setSelected(attribute.equals(mapModel.colorAttributeProperty().get()));
            choice.setOnAction(e -> mapModel.colorAttributeProperty().set(attribute));
            return choice;
        }).toList());
        colourBy.setOnShowing(e -> fillColours.run());
        fillColours.run();
        Menu view = new Menu("_View");
        view.getItems().addAll(item("_Find…", "Shortcut+F", mapView::focusSearch),
                item("_Clear Search", null, () -> mapModel.searchTextProperty().set("")), colourBy,
                new SeparatorMenuItem(), item("_Tidy Up", "Shortcut+T", this::tidyUp));

        Menu help = new Menu("_Help");
        help.getItems().add(item("_Keyboard Shortcuts", "F1", this::showShortcuts));
        return new MenuBar(file, edit, view, help);
    }

    private void fillRecent(Menu recent) {
        List<Path> files = preferences.recentProjects();
        recent.getItems().setAll(files.stream().map(path -> item(path.getFileName() + "  —  " + path.getParent(), null,
                () -> this.files.openRecent(path))).toList());
        recent.setDisable(files.isEmpty());
    }

    private void moveRequested(MoveRequest request) {
        if (preferences.requireReason()) {
            MoveToDialog.show(stage, project.getProject().spectrum(), request.voice(), request.position(), true)
                    .ifPresent(choice -> move(request.voice(), choice.position(), choice.reason()));
        } else {
            move(request.voice(), request.position(), "");
        }
    }

    private void moveSelectedTo() {
        Voice selected = project.selectedVoiceProperty().get();
        if (selected == null) {
            return;
        }
        double from = selected.placement().map(p -> p.position()).orElse(0.5);
        MoveToDialog.show(stage, project.getProject().spectrum(), selected, from, preferences.requireReason())
                .ifPresent(choice -> move(selected, choice.position(), choice.reason()));
    }

    /** The map's rows go with the move, so that every other chip stays exactly where it is shown. */
    private void move(Voice voice, double position, String reason) {
        project.move(voice, position, reason, preferences.analystName(),
                mapView.spectrumView().rowsAfterMove(voice.id(), position));
    }

    private void tidyUp() {
        project.tidyUp(mapView.spectrumView().tidyRows());
    }

    private void quit() {
        if (files.confirmDiscard()) {
            rememberBounds();
            stage.close();
        }
    }

    private void showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, String.join("\n",
                "Click or Enter — select an expert; ← → or Tab — previous / next on the axis",
                "Right-click an expert — move it, or set its region or role",
                "Drag sideways — move an expert (Esc cancels); Shift+← → — nudge by 0.01",
                "Ctrl+M — move to a band or an exact position, with a reason",
                "Ctrl+Z / Ctrl+Shift+Z — undo / redo",
                "Ctrl+F — search names, roles and quotes; Esc clears it",
                "Ctrl+E — export for a briefing; Ctrl+Shift+C — copy the 16:9 slide",
                "Ctrl+S — save; Ctrl+O — open; Ctrl+N — new map from a round-up"));
        alert.initOwner(stage);
        alert.setHeaderText("Keyboard shortcuts");
        alert.showAndWait();
    }

    private void placeWindow() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Optional<AppPreferences.WindowBounds> saved = preferences.windowBounds()
                .filter(b -> screen.intersects(b.x(), b.y(), b.width(), b.height()));
        if (saved.isPresent()) {
            AppPreferences.WindowBounds b = saved.get();
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        } else {
            stage.setWidth(Math.min(1440, screen.getWidth() * 0.9));
            stage.setHeight(Math.min(900, screen.getHeight() * 0.9));
            stage.centerOnScreen();
        }
        stage.setMinWidth(720);
        stage.setMinHeight(480);
    }

    private void rememberBounds() {
        preferences.setWindowBounds(new AppPreferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
        preferences.flush();
    }

    /**
     * Export starts from what the map shows now, with nothing highlighted: a briefer exporting the map expects
     * all of it in colour, and picks voices to highlight in the dialog.
     */
    private ExportViewModel exportModel() {
        return new ExportViewModel(project.getProject(), mapModel.filterProperty().get(), Optional.empty(),
                mapModel.colorAttributeProperty().get(), mapView.spectrumView().getWidth(),
                mapView.spectrumView().getHeight());
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
