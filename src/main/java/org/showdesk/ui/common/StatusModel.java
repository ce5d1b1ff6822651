package org.showdesk.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.showdesk.app.BackgroundTask;
import org.showdesk.app.TaskExecutor;

import java.util.ArrayList;
import java.util.List;

/**
 * What the status bar shows: the work in progress (if any), the last thing that happened, and whether every
 * change is saved — read from the one background executor, which knows every pending save. Used on the UI
 * thread.
 */
public final class StatusModel implements TaskExecutor.Listener {
    private final List<String> running = new ArrayList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    /** Empty until something has been done: "Ready" on a window that is still opening its show would mislead. */
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The last thing that happened ("Rejected 语言 in this episode"): shown again once the work it set off is done. */
    private String lastNote = "";
    private TaskExecutor executor;

    /** Follows {@code executor}'s tasks and saves from now on. */
    public void follow(TaskExecutor executor) {
        this.executor = executor;
        executor.addListener(this);
    }

    @Override
    public void started(BackgroundTask<?> task) {
        running.add(task.label());
        busy.set(true);
        message.set(task.label());
        saving.set(executor != null && executor.pendingSaves() > 0);
    }

    @Override
    public void finished(BackgroundTask<?> task) {
        running.remove(task.label());
        busy.set(!running.isEmpty());
        // An action's note outlives the rescans, renders and saves it sets off: they used to end on "Ready" and
        // the host never saw what had been done.
        if (!running.isEmpty()) message.set(running.get(running.size() - 1));
        else if (message.get().equals(task.label())) message.set(lastNote.isEmpty() ? "Ready" : lastNote);
        saving.set(executor != null && executor.pendingSaves() > 0);
    }

    /** A short note about something done, e.g. "Applied 12 corrections". */
    public void say(String text) {
        lastNote = text == null ? "" : text;
        message.set(lastNote);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while a change of the host's waits to be written to the project file. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
