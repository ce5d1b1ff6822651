package org.showdesk.safety;

import org.showdesk.store.ShowStore;

import java.nio.file.Path;

/** Run in a child JVM: opens a show for writing, says so, and keeps it open until it is killed. */
public final class ShowHolder {
    private ShowHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (ShowStore store = ShowStore.open(Path.of(args[0]))) {
            System.out.println("open " + ProcessHandle.current().pid() + " " + store.showName());
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
