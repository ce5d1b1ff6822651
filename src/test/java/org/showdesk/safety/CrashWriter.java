package org.showdesk.safety;

import org.showdesk.model.Cue;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;
import org.showdesk.store.EpisodeRepository;
import org.showdesk.store.GlossaryRepository;
import org.showdesk.store.SettingsRepository;
import org.showdesk.store.ShowStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The victim of the crash harness (run in a child JVM): writes to a show in a loop, one transaction
 * per change, and records {@code ack N} only after the commit of change N returned. Every fifth change
 * also imports an episode of {@link #CUES} cues, so some transactions span many pages.
 *
 * <p>Acknowledgements go to a file with one unbuffered write each (the kernel keeps it when the process
 * is killed), because the JDK can drop the last lines of a killed child's stdout pipe; stdout only
 * tells the harness when the writer is ready and when it has started committing.
 */
public final class CrashWriter {
    static final int CUES = 40;

    private CrashWriter() {
    }

    static String term(long n) {
        return "词条-" + n;
    }

    static String episodeTitle(long n) {
        return "期-" + n;
    }

    static boolean importsEpisode(long n) {
        return n % 5 == 0;
    }

    public static void main(String[] args) throws java.io.IOException {
        Path show = Path.of(args[0]);
        long n = Long.parseLong(args[1]);
        try (ShowStore store = ShowStore.open(show);
             java.io.FileOutputStream acks = new java.io.FileOutputStream(args[2], true)) {
            var glossary = new GlossaryRepository(store);
            var episodes = new EpisodeRepository(store);
            var settings = new SettingsRepository(store);
            System.out.println("ready");
            System.out.flush();
            while (true) {
                final long change = n;
                store.write(c -> {
                    glossary.add(new GlossaryTerm(0, term(change), List.of("磁条" + change), TermCategory.JARGON,
                            "", "", true));
                    if (importsEpisode(change)) {
                        List<Cue> cues = new ArrayList<>();
                        for (int i = 0; i < CUES; i++) {
                            cues.add(Cue.of(null, null, "第" + change + "期第" + i + "句，北京邮电大学发布了新的LoRAMoE模型。"));
                        }
                        episodes.insert(episodeTitle(change), "crash.txt", "txt", "UTF-8", cues);
                    }
                    settings.putSetting("last-change", Long.toString(change));
                    return null;
                });
                acks.write(("ack " + change + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                if (change == Long.parseLong(args[1])) {
                    System.out.println("committing");
                    System.out.flush();
                }
                n++;
            }
        }
    }
}
