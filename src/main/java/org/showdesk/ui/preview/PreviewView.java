package org.showdesk.ui.preview;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.showdesk.model.LengthReport;
import org.showdesk.model.OutputFormat;
import org.showdesk.model.ChineseScript;
import org.showdesk.ui.common.MessageBanner;
import org.showdesk.ui.common.Notices;

import java.io.File;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The right pane: each output in its own tab as it will be published, its length against the platform's
 * limit under it, and Copy and Export. Rendering and writing happen in {@link PreviewViewModel} off the FX thread.
 */
public final class PreviewView {
    /** Wait this long after the last keystroke before rendering again. */
    public static final Duration QUIET = Duration.millis(150);

    private final PreviewViewModel model;
    private final BorderPane root = new BorderPane();
    private final TabPane tabPane = new TabPane();
    private final Map<PreviewTab, PreviewBrowser> browsers = new EnumMap<>(PreviewTab.class);
    /** Exports of one session usually go to one folder. */
    private File lastExportFolder;

    /** @param openExternally receives only addresses that passed {@link ExternalLinks#openable} */
    public PreviewView(PreviewViewModel model, Consumer<String> openExternally) {
        this.model = model;
        root.getStyleClass().add("preview-pane");
        root.getStylesheets().add(PreviewView.class.getResource("preview.css").toExternalForm());
        tabPane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabPane.setId("preview-tabs");
        for (PreviewTab t : PreviewTab.values()) {
            PreviewBrowser browser = new PreviewBrowser(openExternally);
            browsers.put(t, browser);
            VBox lengths = new VBox(2);
            lengths.getStyleClass().add("lengths");
            lengths.setId("lengths-" + t.name().toLowerCase(Locale.ROOT));
            BorderPane content = new BorderPane(browser.view());
            content.setBottom(lengths);
            TitleAndTagsBar titleBar = new TitleAndTagsBar(t, this::copyText);
            content.setTop(titleBar.view());
            model.tabProperty(t).addListener((o, was, now) -> titleBar.show(now));
            Tab tab = new Tab(t.label(), content);
            tab.setId("tab-" + t.name().toLowerCase(Locale.ROOT));
            tab.setTooltip(new Tooltip(t.description()));
            tab.setUserData(t);
            tabPane.getTabs().add(tab);
            model.tabProperty(t).addListener((o, was, now) -> show(t, tab, browser, lengths));
            show(t, tab, browser, lengths);
        }
        tabPane.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                model.setVisibleTab((PreviewTab) now.getUserData()));
        root.setTop(toolbar());
        root.setCenter(tabPane);
        root.setBottom(MessageBanner.of("preview-message", model.messageProperty(), model::clearMessage));
        model.noticeProperty().addListener((o, was, now) -> Notices.show(root, now));
    }

    public Node view() {
        return root;
    }

    public PreviewViewModel model() {
        return model;
    }

    /** Previews an open episode (or nothing); it follows every change of it. */
    public void show(org.showdesk.app.OpenEpisode episode) {
        model.show(episode);
    }

    /** A template changed: render again. */
    public void reload() {
        model.renderNow();
    }

    public PreviewTab selectedTab() {
        return (PreviewTab) tabPane.getSelectionModel().getSelectedItem().getUserData();
    }

    public void select(PreviewTab tab) {
        tabPane.getSelectionModel().select(tab.ordinal());
    }

    private void show(PreviewTab t, Tab tab, PreviewBrowser browser, VBox lengths) {
        RenderedTab r = model.tabProperty(t).get();
        if (r == null) return;
        browser.show(r.page());
        lengths.getChildren().clear();
        boolean warn = r.failed() || r.isOverALimit();
        tab.setText(t.label() + (warn ? " ⚠" : ""));
        if (r.failed()) {
            lengths.getChildren().add(styled("⚠ " + r.problem(), "length-over"));
            return;
        }
        for (LengthReport l : r.lengths()) {
            lengths.getChildren().add(styled(l.isOver() ? "⚠ " + l.message() : shortLine(l),
                    l.isOver() ? "length-over" : "length-ok"));
        }
        for (String note : r.notes()) lengths.getChildren().add(styled("• " + note, "length-note"));
    }

    /** "Bilibili 简介 1234 / 2000 字" — the full sentence is for when something must be cut. */
    private static String shortLine(LengthReport l) {
        String unit = l.unit().equals("characters") ? "chars" : l.unit().equals("UTF-8 bytes") ? "bytes" : l.unit();
        return l.hasLimit() ? l.subject() + " " + l.count() + " / " + l.limit() + " " + unit
                : l.subject() + " " + l.count() + " " + unit;
    }

    private static Label styled(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private ToolBar toolbar() {
        Button copy = new Button("Copy");
        copy.setId("copy-output");
        copy.setTooltip(new Tooltip("Copy this output; the show notes go on the clipboard as formatted text and as plain text"));
        copy.setOnAction(e -> copy());
        MenuButton export = new MenuButton("Export");
        export.setId("export-output");
        for (OutputFormat f : OutputFormat.values()) {
            MenuItem item = new MenuItem(exportLabel(f));
            item.setOnAction(e -> export(f));
            export.getItems().add(item);
        }
        MenuItem all = new MenuItem("Everything into a folder…");
        all.setId("export-all");
        all.setOnAction(e -> exportAll());
        export.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), all);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        javafx.scene.control.ChoiceBox<ChineseScript> script = new javafx.scene.control.ChoiceBox<>();
        script.setId("preview-script");
        script.getItems().setAll(ChineseScript.values());
        script.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ChineseScript s) {
                return s == null ? "" : switch (s) {
                    case SIMPLIFIED -> "简体";
                    case TRADITIONAL -> "繁體（台灣）";
                    case TRADITIONAL_HK -> "繁體（香港）";
                };
            }

            @Override
            public ChineseScript fromString(String s) {
                return null; // chosen from the list only
            }
        });
        script.setValue(model.script());
        script.setTooltip(new Tooltip("YouTube, show notes and transcript in Simplified or Traditional Chinese "
                + "(names from the glossary stay as spelled); Bilibili and 公众号 stay Simplified"));
        script.valueProperty().addListener((o, was, now) -> {
            if (now != null) model.setScript(now);
        });
        ToolBar bar = new ToolBar(copy, export, gap, script);
        return bar;
    }

    private static String exportLabel(OutputFormat f) {
        return switch (f) {
            case BILIBILI -> "Bilibili 简介 (.txt)…";
            case YOUTUBE -> "YouTube description (.txt)…";
            case MD -> "Show notes, Markdown (.md)…";
            case HTML -> "Show notes, HTML (.html)…";
            case TXT -> "Transcript, text (.txt)…";
            case SRT -> "Subtitles, SRT (.srt)…";
            case VTT -> "Subtitles, WebVTT (.vtt)…";
            case JSON -> "Whole episode, JSON (.json)…";
            case WECHAT -> "WeChat 公众号 article (.html)…";
        };
    }

    /** Puts the selected tab's output on the clipboard: text, and for the show notes also formatted HTML. */
    void copy() {
        model.prepareCopy(selectedTab(), r -> {
            if (r == null) {
                Notices.show(root, "Nothing to copy: fix the problem shown in the tab first.");
                return;
            }
            ClipboardContent content = new ClipboardContent();
            content.putString(r.plainText());
            if (r.richHtml() != null) content.putHtml(r.richHtml());
            Clipboard.getSystemClipboard().setContent(content);
            Notices.show(root, "Copied " + r.tab().label() + (r.richHtml() != null ? " (formatted and plain)" : ""));
        });
    }

    private void copyText(String what, String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        Notices.show(root, "Copied " + what);
    }

    private void exportAll() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Export every output of the episode into a folder");
        if (lastExportFolder != null && lastExportFolder.isDirectory()) chooser.setInitialDirectory(lastExportFolder);
        File folder = chooser.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (folder == null) return;
        lastExportFolder = folder;
        model.exportAll(folder.toPath(), null);
    }

    private void export(OutputFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + exportLabel(format).replace("…", ""));
        chooser.setInitialFileName(model.exportFileName(format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.extension().toUpperCase(Locale.ROOT)
                + " file", "*." + format.extension()));
        if (lastExportFolder != null && lastExportFolder.isDirectory()) chooser.setInitialDirectory(lastExportFolder);
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file == null) return;
        lastExportFolder = file.getParentFile();
        model.export(format, file.toPath(), null);
    }

}
