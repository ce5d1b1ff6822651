package org.showdesk.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import org.showdesk.model.LatinSpacing;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;

/** The menu bar. Shortcuts listed here are the ones Help › Keyboard shortcuts explains. */
final class MainMenu {
    static final String SHORTCUTS = """
            Transcript
              F8 / Shift+F8            next / previous finding (selects it)
              Ctrl+Enter               accept the selected finding (best suggestion)
              Ctrl+Backspace           reject the selected finding (elsewhere: delete a word)
              Click a marked word      all choices: suggestions, accept all of the term, reject,
                                       "this is correct", add the heard form to the glossary
              Ctrl+Z / Ctrl+Shift+Z    undo / redo the latest action anywhere in the window:
                                       typing, corrections, replacements, entry edits
                                       (a field typed, split, merge, move, delete, suggest)
              Ctrl+F / Ctrl+H          find / find and replace (regular expressions allowed)
            Entries
              Alt+↑ / Alt+↓            move the selected entry up / down
              Ctrl+Z in a text field   undoes that field's own typing only, as in any text box;
                                       Edit › Undo (or Ctrl+Z in the transcript or the list)
                                       takes back the whole edit as one step
            Show
              Ctrl+O / Ctrl+N          open / new show
              Ctrl+I                   import a transcript (or drop the file on the window)
              Ctrl+R                   review all findings in a table
              Ctrl+Shift+P             ready to publish? what still needs you
              Ctrl+G                   the show's glossary
              Ctrl+E                   export an output of the episode

            Marks: red = high confidence, amber = medium, grey dotted = low;
            solid underline = sounds alike, dashed = spelling or case, thick dotted = a number
            that lost its unit. Green = a correction you applied (hover for the original).
            A blue bar at the left = where an entry begins (hover for its title).
            Everything is saved as you go: there is no Save button.""";

    private final MenuBar bar = new MenuBar();
    private final MainWindow window;
    private final Menu recent = new Menu("Open recent");

    MainMenu(MainWindow window) {
        this.window = window;
        Menu file = new Menu("File");
        recent.setOnShowing(e -> fillRecent());
        recent.getItems().add(new MenuItem("(none)"));
        MenuItem export = item("Export…", "Shortcut+E", window::export);
        file.getItems().addAll(item("New show…", "Shortcut+N", window::newShow),
                item("Open show…", "Shortcut+O", window::openShow), recent, new SeparatorMenuItem(),
                item("Import transcript…", "Shortcut+I", window::importTranscript), export, new SeparatorMenuItem(),
                item("Restore from backup…", null, window::restoreFromBackup), new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", () -> window.stage().close()));
        Menu edit = new Menu("Edit");
        MenuItem undo = item("Undo", "Shortcut+Z", window::undo);
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", window::redo);
        undo.disableProperty().bind(window.canUndoProperty().not());
        redo.disableProperty().bind(window.canRedoProperty().not());
        edit.getItems().addAll(undo, redo,
                new SeparatorMenuItem(), item("Find…", "Shortcut+F", () -> window.find(false)),
                item("Replace…", "Shortcut+H", () -> window.find(true)));
        Menu episode = new Menu("Episode");
        episode.getItems().addAll(item("Scan", null, window::scan),
                item("Next finding", "F8", () -> window.nextFinding(true)),
                item("Previous finding", "Shift+F8", () -> window.nextFinding(false)), new SeparatorMenuItem(),
                item("Review findings…", "Shortcut+R", window::openReview), new SeparatorMenuItem(),
                item("Import sources…", null, window::importSources),
                item("Ready to publish?", "Shortcut+Shift+P", window::checkReady), new SeparatorMenuItem(),
                item("Attach media…", null, window::attachMedia), item("Estimate times", null, window::estimateTimes),
                item("Confirm estimated starts", null, window::confirmStarts),
                item("Player keys…", null, window::editPlayerKeys));
        Menu show = new Menu("Show");
        show.getItems().addAll(item("Glossary…", "Shortcut+G", window::openGlossary),
                item("Templates…", null, window::openTemplates), new SeparatorMenuItem(), spacing());
        Menu help = new Menu("Help");
        help.getItems().addAll(item("Keyboard shortcuts", "F1", () -> info("Keyboard shortcuts",
                        withPlayer(window.playerKeysHelp()))),
                item("About Showdesk", null, () -> info("About Showdesk", "Showdesk "
                        + java.util.Objects.requireNonNullElse(MainMenu.class.getPackage().getImplementationVersion(), "dev")
                        + "\nAn editorial workstation for hosts of news-roundup shows.\nJava "
                        + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version"))));
        bar.getMenus().addAll(file, edit, episode, show, help);
        bar.setUseSystemMenuBar(true);
    }

    Node view() {
        return bar;
    }

    /** The shortcuts with the player's, which the host can change, before the show's. */
    static String withPlayer(String player) {
        return SHORTCUTS.replace("\nShow\n", "\n" + player + "Show\n");
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : window.recentShows()) {
            MenuItem i = new MenuItem(p.getFileName() + "   " + p.getParent());
            i.setMnemonicParsing(false);
            i.setOnAction(e -> window.open(p));
            recent.getItems().add(i);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    /**
     * The show's house style for the gap between Chinese and Latin words in every draft ("用 GPT-4 写" or
     * "用GPT-4写"); the choice shown is read from the open show when the menu opens.
     */
    private Menu spacing() {
        Menu menu = new Menu("Chinese–Latin spacing in drafts");
        menu.setId("spacing-menu");
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (LatinSpacing choice : LatinSpacing.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(switch (choice) {
                case SPACE -> "A space between them (用 GPT-4 写)";
                case NO_SPACE -> "No space (用GPT-4写)";
                case KEEP -> "As typed";
            });
            item.setToggleGroup(group);
            item.setUserData(choice);
            item.setOnAction(e -> window.setLatinSpacing(choice));
            menu.getItems().add(item);
        }
        menu.setOnShowing(e -> window.latinSpacing(now -> group.getToggles().forEach(t ->
                t.setSelected(t.getUserData() == now))));
        return menu;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) i.setAccelerator(KeyCombination.valueOf(accelerator));
        i.setOnAction(e -> action.run());
        return i;
    }

    private void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        a.initOwner(window.owner());
        a.setTitle(title);
        a.setHeaderText(title);
        javafx.scene.control.Label body = new javafx.scene.control.Label(text);
        body.getStyleClass().add("monospace-help");
        body.setId("help-text");
        // Never cut to "…": the text takes the room it needs, and scrolls on a small screen.
        body.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(body);
        scroll.setFitToWidth(true);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // Measured as text: the label has no skin yet, so its own preferred size is 0 (the dialog opened 224 px wide).
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
        measure.setFont(javafx.scene.text.Font.font("DejaVu Sans Mono", 12)); // as .monospace-help in showdesk.css
        javafx.geometry.Bounds size = measure.getLayoutBounds();
        scroll.setPrefViewportWidth(Math.min(size.getWidth() * 1.1 + 40, screen.getWidth() * 0.8));
        scroll.setPrefViewportHeight(Math.min(size.getHeight() + 48, screen.getHeight() * 0.7));
        a.getDialogPane().setContent(scroll);
        // The alert sizes itself for a sentence, not for a table of keys: it must be as wide as its content.
        a.getDialogPane().setPrefWidth(scroll.getPrefViewportWidth() + 60);
        a.getDialogPane().setMinWidth(Math.min(scroll.getPrefViewportWidth() + 60, screen.getWidth() * 0.9));
        a.setResizable(true);
        a.show();
        Platform.runLater(a.getDialogPane()::requestFocus);
    }
}
