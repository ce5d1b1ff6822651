package org.showdesk.safety;

import org.showdesk.store.EntryRepository;
import org.showdesk.store.EpisodeRepository;
import org.showdesk.store.ShowStore;
import org.showdesk.store.TextEdits;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM and killed: saves as the window's background thread does, each save its own transaction
 * through the store: an entry's title typed by the host, then an edit of the transcript text (a marker
 * {@code [N]} at its start). {@code entry N} / {@code text N} is recorded only after that save returned.
 */
public final class WindowSaveWriter {
    private WindowSaveWriter() {
    }

    static String title(long n) {
        return "标题-" + n;
    }

    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args[1]);
        try (ShowStore store = ShowStore.open(Path.of(args[0]));
             FileOutputStream acks = new FileOutputStream(args[2], true)) {
            var entries = new EntryRepository(store);
            var episodes = new EpisodeRepository(store);
            var edits = new TextEdits(store);
            long episode = episodes.list().get(0).id();
            System.out.println("ready");
            System.out.flush();
            for (; ; n++) {
                var entry = entries.list(episode).get(0);
                entries.save(entry.withTitle(title(n)));
                acks.write(("entry " + n + "\n").getBytes(StandardCharsets.US_ASCII));
                String text = episodes.transcript(episode).text();
                int end = text.indexOf(']') + 1;
                edits.apply(episode, List.of(new TextEdits.Change(0, end, "[" + n + "]", TextEdits.MANUAL, "", 1)),
                        false);
                acks.write(("text " + n + "\n").getBytes(StandardCharsets.US_ASCII));
                if (n == Long.parseLong(args[1])) {
                    System.out.println("committing");
                    System.out.flush();
                }
            }
        }
    }
}
