package org.showdesk.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;

/** What the status bar shows: the work in progress (if any) and the last thing that happened. Used on the UI thread. */
public final class StatusModel {
    private final List<String> running = new ArrayList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Ready");

    public void started(String label) {
        running.add(label);
        busy.set(true);
        message.set(label);
    }

    public void finished(String label) {
        running.remove(label);
        busy.set(!running.isEmpty());
        if (!running.isEmpty()) message.set(running.get(running.size() - 1));
        else if (message.get().equals(label)) message.set("Ready");
    }

    /** A short note about something done, e.g. "Applied 12 corrections". */
    public void say(String text) {
        message.set(text);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
