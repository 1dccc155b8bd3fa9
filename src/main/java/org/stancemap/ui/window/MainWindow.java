package org.stancemap.ui.window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.stancemap.model.Voice;
import org.stancemap.store.RecoveryStore;
import org.stancemap.ui.about.AboutView;
import org.stancemap.ui.about.AboutViewModel;
import org.stancemap.ui.control.MoveRequest;
import org.stancemap.ui.card.CutCardDialog;
import org.stancemap.ui.card.CutCardViewModel;
import org.stancemap.ui.export.ExportView;
import org.stancemap.ui.export.ExportViewModel;
import org.stancemap.ui.map.MapView;
import org.stancemap.ui.map.MapViewModel;
import org.stancemap.ui.preferences.AppPreferences;
import org.stancemap.ui.project.ProjectViewModel;
import org.stancemap.ui.sidepanel.SidePanelView;
import org.stancemap.ui.sidepanel.SidePanelViewModel;
import org.stancemap.ui.table.ExpertTableView;
import org.stancemap.ui.table.ExpertTableViewModel;
import org.stancemap.ui.triage.TriageView;
import org.stancemap.ui.triage.TriageViewModel;

/**
 * The main window: menus, the map on the left, the selected expert's quotes on the right. It wires views to
 * view models and turns menu items and shortcuts into their commands; it holds no state of its own.
 */
public final class MainWindow {

    private static final double SIDE_PANEL_WIDTH = 460;
    /** Triage needs room for whole quotes and the band definitions; the map keeps enough to show each landing. */
    private static final double TRIAGE_DIVIDER = 0.5;

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
        this.mapModel = new MapViewModel(project.projectProperty());
        SidePanelViewModel sidePanelModel = new SidePanelViewModel(project.projectProperty(),
                project.selectedVoiceProperty(), project::execute, urlOpener, project.getFeaturedQuotes());
        sidePanelModel.searchTextProperty().bind(mapModel.searchTextProperty());
        this.files = new FileActions(stage, project, preferences, recovery, sidePanelModel::commitNote);
        mapModel.colorAttributeProperty().set(preferences.colorAttribute());
        mapModel.colorAttributeProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty()) { // a map without tags must not forget the user's choice
                preferences.setColorAttribute(now);
            }
        });
        this.mapView = new MapView(project, mapModel);
        mapView.setOnMoveRequested(this::moveRequested);
        mapView.setOnPlaceUnplaced(this::startTriage);
        mapView.spectrumView().setContextMenu(new VoiceContextMenu(project, mapModel, this::moveSelectedTo, this::cutCard));
        mapView.addTab("Table", new ExpertTableView(new ExpertTableViewModel(project.projectProperty(),
                mapModel.filterProperty(), project.selectedVoiceProperty())));

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
        // The window closes itself once the changes are saved or dropped: a save runs off the FX thread.
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
        placeWindow();
        hideTooltipsUnderModalDialogs();
    }

    /** A chip's tooltip would otherwise stay drawn on top of a dialog that opened while it showed. */
    private static void hideTooltipsUnderModalDialogs() {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                boolean modalOpened = change.getAddedSubList().stream()
                        .anyMatch(w -> w instanceof Stage s && s.getModality() != Modality.NONE);
                if (modalOpened) {
                    List.copyOf(Window.getWindows()).stream().filter(Tooltip.class::isInstance).forEach(Window::hide);
                }
            }
        });
    }

    /** Opens the start project, shows the window, then offers to restore work a crash left behind. */
    public void show(StartupProject start) {
        files.openAtStart(start);
        stage.show();
        Platform.runLater(files::offerRecovery);
        mapView.spectrumView().requestFocus();
    }

    /** On the first start, asks who the analyst is; placements made before an answer record no name. */
    public void askAnalystNameIfUnknown() {
        if (!preferences.hasAnalystName()) {
            AnalystNameDialog.ask(stage).ifPresent(name -> {
                preferences.setAnalystName(name);
                preferences.flush();
            });
        }
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        Menu recent = new Menu("Open _Recent");
        // Refilled as the File menu opens: a submenu that was empty, and so disabled, never fires its own showing.
        file.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        file.getItems().addAll(
                busyAware(item("_New from Round-up…", "Shortcut+N", files::newFromRoundUp)),
                busyAware(item("_Open…", "Shortcut+O", files::open)),
                recent,
                item("Open _Bundled China-Russia Map", null, files::openBundledMap),
                new SeparatorMenuItem(),
                busyAware(item("_Save", "Shortcut+S", files::saveInBackground)),
                busyAware(item("Save _As…", "Shortcut+Shift+S", files::saveAsInBackground)),
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
        MenuItem placeUnplaced = item("Place _Unplaced…", "Shortcut+U", this::startTriage);
        placeUnplaced.disableProperty().bind(project.projectProperty()
                .map(p -> p.voices().stream().allMatch(v -> v.placement().isPresent())));
        MenuItem cutCard = item("Cut _Card…", "Shortcut+K", this::cutCard);
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), moveTo, placeUnplaced, cutCard,
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
        colourBy.disableProperty().bind(Bindings.isEmpty(mapModel.getAttributes()));
        fillColours.run();
        Menu view = new Menu("_View");
        view.getItems().addAll(item("_Find…", "Shortcut+F", mapView::focusSearch),
                item("_Clear Search", null, () -> mapModel.searchTextProperty().set("")), colourBy,
                new SeparatorMenuItem(), item("_Tidy Up", "Shortcut+T", project::tidyUp));

        Menu help = new Menu("_Help");
        help.getItems().addAll(item("_Keyboard Shortcuts", "F1", () -> ShortcutsSheet.show(stage)),
                item("_About StanceMap", null, () -> AboutView.show(stage, AboutViewModel.ofThisApp())));
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

    /** Cut Card, with the selected expert's quotes already picked. */
    private void cutCard() {
        Optional<String> selected = Optional.ofNullable(project.selectedVoiceProperty().get()).map(Voice::id);
        CutCardDialog.show(stage, new CutCardViewModel(project.getProject(), selected));
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

    /** Swaps the side panel for the triage of unplaced experts, so the map beside it shows each one landing. */
    private void startTriage() {
        if (split.getItems().get(1) instanceof TriageView) {
            return;
        }
        Node sidePanel = split.getItems().get(1);
        double[] dividers = split.getDividerPositions();
        TriageViewModel model = new TriageViewModel(project.projectProperty(), this::move, preferences.requireReason());
        TriageView triage = new TriageView(model, () -> {
            split.getItems().set(1, sidePanel);
            split.setDividerPositions(dividers);
            mapView.spectrumView().requestFocus();
        });
        // Selecting the expert being placed marks its chip, in the tray and then where it lands.
        project.selectedVoiceProperty().set(model.currentProperty().get().orElse(null));
        model.currentProperty().addListener((obs, old, now) -> now.ifPresent(project.selectedVoiceProperty()::set));
        split.getItems().set(1, triage);
        split.setDividerPositions(TRIAGE_DIVIDER);
        triage.requestFocus();
    }

    private void move(Voice voice, double position, String reason) {
        project.move(voice, position, reason, preferences.analystName());
    }

    private void quit() {
        files.whenDiscardable(() -> {
            rememberBounds();
            stage.close();
        });
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
                mapView.spectrumView().getHeight(), project.getFeaturedQuotes());
    }

    /** Off while a save or open runs in the background: a second one would race it for the same file or project. */
    private MenuItem busyAware(MenuItem item) {
        item.disableProperty().bind(project.busyProperty().isNotEmpty());
        return item;
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
