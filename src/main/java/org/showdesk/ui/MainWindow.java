package org.showdesk.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.showdesk.app.OpenShow;
import org.showdesk.app.ShowBackups;
import org.showdesk.model.Episode;
import org.showdesk.ui.backups.PeriodicBackups;
import org.showdesk.ui.common.ErrorDialogs;
import org.showdesk.ui.common.StatusBar;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.app.TaskExecutor;
import org.showdesk.ui.common.Theme;
import org.showdesk.ui.episodes.EpisodeBar;
import org.showdesk.ui.review.ReviewDialog;
import org.showdesk.ui.review.ReviewViewModel;
import org.showdesk.ui.transcript.TranscriptView;
import org.showdesk.ui.transcript.TranscriptViewModel;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The workstation: episodes bar and menu on top, transcript | entries | preview side by side, status
 * bar below. It wires the panes to the open show; each pane owns its own view model.
 */
public final class MainWindow {
    private static final String NO_SHOW = "No show is open. Use File › New show or File › Open show.";
    private final Stage stage;
    private final Workspace workspace;
    private final TaskExecutor runner;
    private final StatusModel status;
    private final BorderPane root = new BorderPane();
    private final SplitPane panes = new SplitPane();
    private final Consumer<String> openLink;
    private ShowPanes current;
    private final javafx.beans.property.BooleanProperty canUndo = new javafx.beans.property.SimpleBooleanProperty(false);
    private final javafx.beans.property.BooleanProperty canRedo = new javafx.beans.property.SimpleBooleanProperty(false);
    private final ReadOnlyBanner readOnlyBanner = new ReadOnlyBanner(this::openForEditing);
    private final PeriodicBackups periodicBackups;
    private final EpisodeBar episodeBar;
    private final ShowRecovery recovery;

    /** @param openLink opens an http(s)/mailto address in the system browser (preview links) */
    public MainWindow(Stage stage, Workspace workspace, TaskExecutor runner, StatusModel status,
                      Consumer<String> openLink) {
        this.openLink = openLink;
        this.stage = stage;
        this.workspace = workspace;
        this.runner = runner;
        this.status = status;
        episodeBar = new EpisodeBar(workspace.episodes(), workspace.selectedEpisodeProperty(),
                this::importTranscript, this::scan, this::openReview);
        MainMenu menu = new MainMenu(this);
        root.setTop(new VBox(menu.view(), readOnlyBanner.view(), episodeBar.view()));
        periodicBackups = new PeriodicBackups(ShowBackups.PERIOD, Platform::runLater, status::say);
        recovery = new ShowRecovery(stage, workspace, status, this::transcriptViewSave);
        root.setCenter(panes);
        panes.getStyleClass().add("panes");
        StatusBar statusBar = new StatusBar(status, Bindings.createStringBinding(this::saveState,
                status.savingProperty(), workspace.showProperty()));
        root.setBottom(statusBar.view());
        root.getStyleClass().add("main-window");
        showEmpty(NO_SHOW);

        workspace.showProperty().addListener((obs, old, show) -> showOpened(show));
        workspace.selectedEpisodeProperty().addListener((obs, old, e) -> episodeSelected(e));
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, workspace.showProperty(),
                workspace.selectedEpisodeProperty(), status.savingProperty()));
        // Never larger than the screen: a small laptop (or a headless test screen) gets a window that fits.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1480, screen.getWidth()), Math.min(900, screen.getHeight()));
        Theme.style(scene);
        acceptDroppedFiles(scene);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
    }

    public Stage stage() {
        return stage;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The transcript's view model for the open show (null while none is open). */
    public TranscriptViewModel transcriptModel() {
        return current == null ? null : current.transcriptModel();
    }

    public TranscriptView transcriptView() {
        return current == null ? null : current.transcript();
    }

    /** The open show's player (made on first use); null while no show is open. */
    org.showdesk.ui.player.PlayerPane player() {
        return current == null ? null : current.player();
    }

    private String saveState() {
        OpenShow show = workspace.show();
        if (show == null) return "";
        if (show.isReadOnly()) return "Read-only";
        return status.savingProperty().get() ? "Saving…" : "All changes saved";
    }

    private String title() {
        OpenShow show = workspace.show();
        if (show == null) return "Showdesk";
        Episode e = workspace.selectedEpisodeProperty().get();
        return workspace.showName() + (e == null ? "" : " — " + e.title()) + " — " + saveState() + " — Showdesk";
    }

    private void showOpened(OpenShow show) {
        if (current != null) current.close();
        current = null;
        canUndo.unbind();
        canUndo.set(false);
        canRedo.unbind();
        canRedo.set(false);
        readOnlyBanner.showFor(show);
        periodicBackups.follow(show);
        if (show == null) {
            showEmpty(NO_SHOW);
            return;
        }
        // The show opened fine; a backup that could not be written is worth a line, not a dialog.
        show.backupProblem().ifPresent(p -> status.say("No backup was taken on opening: " + p.getMessage()));
        if (!show.warnings().isEmpty()) status.say(String.join(" ", show.warnings()));
        current = new ShowPanes(show, runner, status, e -> ErrorDialogs.show(stage, "do that", e), openLink);
        canUndo.bind(current.history().canUndoProperty());
        canRedo.bind(current.history().canRedoProperty());
        episodeBar.setPrompt(NO_EPISODE);
        if (workspace.episodes().isEmpty()) {
            showEmpty("This show has no episodes yet. Import a transcript (File › Import transcript…) or drop the "
                    + "file onto this window.");
        }
    }

    private void episodeSelected(Episode e) {
        if (e == null || current == null) return;
        current.showEpisode(e.id()); // first: the episode is read in the background while the panes are built
        if (!panes.getItems().equals(current.nodes())) {
            panes.getItems().setAll(current.nodes());
            panes.setDividerPositions(0.46, 0.73);
        }
        // The keys a host starts with (F8, Ctrl+Enter, typing) belong to the transcript, not to the episode picker.
        ShowPanes shown = current;
        Platform.runLater(() -> {
            if (shown == current) shown.transcript().area().requestFocus();
        });
    }

    /**
     * While a show is read and nothing else is on screen: the window's own layout (transcript | entries | preview,
     * empty) with what is being opened, so the first frame reads as "opening", not as an empty or broken show.
     * Returns the label that names the show once its file is known.
     */
    private Label showOpening() {
        episodeBar.setPrompt("Opening…");
        Label what = new Label("Opening your show…");
        what.setId("opening-show");
        what.getStyleClass().add("opening-title");
        Label how = new Label("Reading the show file, its glossary and the first episode.");
        how.getStyleClass().add("pane-subtitle");
        VBox message = new VBox(4, what, how);
        message.setAlignment(Pos.CENTER);
        javafx.scene.layout.VBox.setVgrow(message, javafx.scene.layout.Priority.ALWAYS);
        panes.getItems().setAll(skeletonPane("Transcript", message), skeletonPane("Entries", null),
                skeletonPane("Preview", null));
        panes.setDividerPositions(0.46, 0.73);
        return what;
    }

    private static Node skeletonPane(String title, Node body) {
        Label name = new Label(title);
        name.getStyleClass().add("pane-title");
        javafx.scene.layout.HBox header = new javafx.scene.layout.HBox(name);
        header.getStyleClass().add("pane-header");
        VBox pane = body == null ? new VBox(header) : new VBox(header, body);
        pane.getStyleClass().add("pane");
        return pane;
    }

    private void showEmpty(String message) {
        episodeBar.setPrompt(workspace.show() == null ? "No show is open" : NO_EPISODE);
        Label l = new Label(message);
        l.setWrapText(true);
        l.getStyleClass().add("empty-state");
        VBox box = new VBox(l);
        box.setAlignment(Pos.CENTER);
        panes.getItems().setAll(box);
    }

    // ---- actions (menu, toolbar, keys) ----

    void newShow() {
        FileChooser chooser = showChooser("New show");
        chooser.setInitialFileName("My show" + OpenShow.EXTENSION);
        File f = chooser.showSaveDialog(stage);
        if (f == null) return;
        Path file = f.toPath().toString().endsWith(OpenShow.EXTENSION) ? f.toPath()
                : f.toPath().resolveSibling(f.getName() + OpenShow.EXTENSION);
        workspace.create(file, null, e -> ErrorDialogs.show(stage, "create the show", e));
    }

    void openShow() {
        File f = showChooser("Open show").showOpenDialog(stage);
        if (f != null) open(f.toPath());
    }

    /** Opens a show; when another Showdesk has it, offers to open it read-only. */
    public void open(Path file) {
        open(() -> file);
    }

    /** Opens the show {@code which} works out in the background (at start: argument, recent or demo). */
    public void open(java.util.concurrent.Callable<Path> which) {
        transcriptViewSave();
        Label opening = current == null ? showOpening() : null; // an open show stays in view until the next is read
        java.util.concurrent.Callable<Path> named = opening == null ? which : () -> {
            Path file = which.call();
            String name = file.getFileName().toString().replaceFirst("\\.showdesk$", "");
            Platform.runLater(() -> opening.setText("Opening “" + name + "”…"));
            return file;
        };
        workspace.open(named, false, (file, inUse) -> {
            if (ErrorDialogs.confirm(stage, "This show is open in another Showdesk", inUse.getMessage()
                    + "\n\nYou can open it read-only to look at it; nothing will be changed.", "Open read-only")) {
                workspace.open(() -> file, true, (f, x) -> { }, e -> {
                    ErrorDialogs.show(stage, "open the show", e);
                    nothingOpened();
                });
            } else {
                nothingOpened();
            }
        }, (file, damage) -> {
            nothingOpened();
            recovery.offerBackupOf(file, damage);
        }, e -> {
            nothingOpened();
            ErrorDialogs.show(stage, "open the show", e);
        });
    }

    /** An open that failed leaves no "Opening…" behind: the window says that no show is open, and how to open one. */
    private void nothingOpened() {
        if (workspace.show() == null) showEmpty(NO_SHOW);
    }

    private static final String NO_EPISODE = "No episode yet: import a transcript";

    /** The read-only banner's "Open for editing": tries for the show again; still held elsewhere, it stays read-only. */
    void openForEditing() {
        OpenShow show = workspace.show();
        if (show == null || !show.isReadOnly()) return;
        Path file = show.file();
        workspace.open(() -> file, false, (f, inUse) -> readOnlyBanner.stillInUse(inUse.getMessage()),
                recovery::offerBackupOf, e -> ErrorDialogs.show(stage, "open the show for editing", e));
    }

    /** File › Restore from backup…: pick one of the open show's backups; it replaces the show, which reopens. */
    void restoreFromBackup() {
        recovery.restoreOpenShow();
    }

    /** Stops the backup timer; for quitting. */
    void stopBackups() {
        periodicBackups.close();
    }

    /** Saves typing not yet saved; called when the window closes. */
    void transcriptViewSaveOnQuit() {
        transcriptViewSave();
    }

    private void transcriptViewSave() {
        if (current != null) current.transcript().saveTyping();
    }

    private FileChooser showChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Showdesk shows", "*" + OpenShow.EXTENSION));
        return chooser;
    }

    void importTranscript() {
        if (workspace.show() == null || refusedReadOnly()) return;
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import transcript");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Transcripts", "*.txt", "*.md", "*.srt", "*.vtt", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) importFile(f.toPath());
    }

    public void importFile(Path file) {
        if (refusedReadOnly()) return;
        workspace.importTranscript(file, e -> ErrorDialogs.show(stage, "import " + file.getFileName(), e));
    }

    void scan() {
        if (current != null) current.transcriptModel().reload();
    }

    /** Opens the preview's export choices (every output format), where the host sees what is exported. */
    void export() {
        if (current == null || current.preview() == null) return;
        Node button = current.preview().view().lookup("#export-output");
        if (button instanceof javafx.scene.control.MenuButton menu) menu.show();
    }

    /** Episode › Import sources…: the host's list of papers and products with their links (Markdown or text). */
    void importSources() {
        if (current == null || refusedReadOnly()) return;
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import the episode's sources");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Lists of sources (*.md, *.txt)", "*.md", "*.txt", "*.markdown"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) current.importSources(f.toPath(), status);
    }

    /** Episode › Attach media…: the episode's audio or video, played beside the transcript. */
    void attachMedia() {
        if (current != null) current.player().chooseAndAttach();
    }

    /** Episode › Estimate times: times for an untimed transcript from the attached media. */
    void estimateTimes() {
        if (current != null) current.player().model().estimate();
    }

    /** Episode › Confirm estimated starts: the entries' estimated starts become the host's own. */
    void confirmStarts() {
        if (current != null) current.player().model().confirmStarts();
    }

    /** Episode › Player keys…: the player's keys, for this user in every show. */
    void editPlayerKeys() {
        if (current != null) current.player().editKeys(stage);
    }

    /** The player's keys as they are now (Help › Keyboard shortcuts). */
    String playerKeysHelp() {
        return (current == null ? org.showdesk.ui.player.PlayerKeys.defaults() : current.player().keys()).help();
    }

    /** Episode › Ready to publish?: what still needs the host. */
    void checkReady() {
        if (current != null) current.checkReady(stage);
    }

    /** Show › Chinese–Latin spacing: the show's style for every draft; the preview renders again. */
    void setLatinSpacing(org.showdesk.model.LatinSpacing spacing) {
        OpenShow show = workspace.show();
        if (show == null || refusedReadOnly()) return;
        runner.execute(org.showdesk.app.BackgroundTask.run("Saving the show's style…",
                () -> new org.showdesk.app.Publishing(show).setLatinSpacing(spacing)).asSave().onSuccess(x -> {
            status.say("Drafts now use: " + spacing.id());
            if (current != null && current.preview() != null) current.preview().reload();
        }).onFailure(e -> ErrorDialogs.show(stage, "save the show's style", e)));
    }

    /** Reads the show's spacing style in the background and hands it over on the FX thread. */
    void latinSpacing(java.util.function.Consumer<org.showdesk.model.LatinSpacing> then) {
        OpenShow show = workspace.show();
        if (show == null) return;
        runner.execute(org.showdesk.app.BackgroundTask.of("Reading the show's style…",
                () -> new org.showdesk.app.Publishing(show).latinSpacing()).onSuccess(then).onFailure(e -> { }));
    }

    void openGlossary() {
        if (current != null) current.openGlossary(stage);
    }

    void openTemplates() {
        if (current != null) current.openTemplates(stage);
    }

    /** Opens the review panel over the findings as they are now. */
    public ReviewDialog openReview() {
        TranscriptViewModel model = transcriptModel();
        if (model == null || model.snapshot() == null) return null;
        current.transcript().saveTyping();
        ReviewDialog dialog = new ReviewDialog(stage, new ReviewViewModel(model.findings(), model.snapshot().text(),
                model::acceptAll, model::reject, !showReadOnly()));
        dialog.show();
        return dialog;
    }

    void undo() {
        if (current == null) return;
        current.transcript().saveTyping();
        current.transcriptModel().undo();
    }

    void redo() {
        if (current == null) return;
        current.transcript().saveTyping();
        current.transcriptModel().redo();
    }

    void find(boolean withReplace) {
        if (current != null) current.transcript().showFind(withReplace);
    }

    /** Whether Edit › Undo has something to take back in the open show. */
    javafx.beans.property.ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    javafx.beans.property.ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    void nextFinding(boolean forward) {
        if (current != null) current.transcript().selectFinding(forward);
    }

    List<Path> recentShows() {
        Path open = workspace.show() == null ? null : workspace.show().file();
        return workspace.recentShows().stream().filter(p -> !p.equals(open)).toList();
    }

    /**
     * A file dropped anywhere on the window: a show opens, anything else is imported as a transcript.
     * Filters, not handlers: the transcript editor takes drags of its own text and would swallow the event.
     */
    private void acceptDroppedFiles(Scene scene) {
        scene.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (!e.getDragboard().hasFiles()) return;
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        scene.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            if (!e.getDragboard().hasFiles()) return;
            List<File> files = e.getDragboard().getFiles();
            Path p = files.get(0).toPath();
            if (p.toString().endsWith(OpenShow.EXTENSION)) open(p);
            else if (workspace.show() != null) importFile(p);
            e.setDropCompleted(true);
            e.consume();
        });
    }

    Stage owner() {
        return stage;
    }

    /** True (and the status bar says why) when the open show is read-only, so nothing may be added to it. */
    private boolean refusedReadOnly() {
        if (showReadOnly()) status.say("This show is open read-only, so nothing in it can be changed.");
        return showReadOnly();
    }

    boolean showReadOnly() {
        return workspace.show() != null && workspace.show().isReadOnly();
    }
}
