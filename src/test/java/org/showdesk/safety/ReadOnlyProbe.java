package org.showdesk.safety;

import org.showdesk.model.ShowdeskException;
import org.showdesk.store.EpisodeRepository;
import org.showdesk.store.ShowStore;

import java.nio.file.Path;

/** Run in a child process as an unprivileged user: tries to open a show for writing, then read-only, and says what happened. */
public final class ReadOnlyProbe {
    private ReadOnlyProbe() {
    }

    public static void main(String[] args) {
        Path show = Path.of(args[0]);
        try (ShowStore store = ShowStore.open(show)) {
            System.out.println("write: opened " + store.showName());
        } catch (ShowdeskException e) {
            System.out.println("write: refused: " + e.getMessage());
        }
        try (ShowStore store = ShowStore.openReadOnly(show)) {
            System.out.println("read: " + new EpisodeRepository(store).list().size() + " episodes");
        } catch (ShowdeskException e) {
            System.out.println("read: refused: " + e.getMessage());
        }
        System.out.flush();
    }
}
