package org.showdesk.ui.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoalescingWriterTest {
    /** An executor that runs its tasks only when told, like a busy background thread. */
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private final List<String> written = new ArrayList<>();
    private final List<RuntimeException> failures = new ArrayList<>();
    private final CoalescingWriter writer = new CoalescingWriter(queued::add, failures::add);

    private void runQueued() {
        while (!queued.isEmpty()) queued.poll().run();
    }

    @Test
    void aBurstOfWritesToOneEntryBecomesOneWriteOfTheNewestValue() {
        writer.submit(7L, () -> written.add("S"));
        writer.submit(7L, () -> written.add("Sy"));
        writer.submit(7L, () -> written.add("Syn"));
        runQueued();
        assertThat(written).containsExactly("Syn");
        assertThat(writer.isBusy()).isFalse();
    }

    @Test
    void writesOfDifferentEntriesAllHappenInTheOrderTheyWereLastChanged() {
        writer.submit(1L, () -> written.add("one"));
        writer.submit(2L, () -> written.add("two"));
        writer.submit(1L, () -> written.add("one again"));
        runQueued();
        assertThat(written).containsExactly("two", "one again");
    }

    @Test
    void aFailedWriteIsReportedAndLaterWritesStillHappen() {
        writer.submit(1L, () -> {
            throw new IllegalStateException("disk full");
        });
        writer.submit(2L, () -> written.add("two"));
        runQueued();
        assertThat(failures).extracting(Throwable::getMessage).containsExactly("disk full");
        assertThat(written).containsExactly("two");
        writer.submit(3L, () -> written.add("three"));
        runQueued();
        assertThat(written).containsExactly("two", "three");
    }

    @Test
    void theIdleCallbackComesOnceTheQueueIsEmpty() {
        List<Boolean> busyWhenIdle = new ArrayList<>();
        writer.setOnIdle(() -> busyWhenIdle.add(writer.isBusy()));
        writer.submit(1L, () -> written.add("one"));
        runQueued();
        assertThat(busyWhenIdle).containsExactly(false);
    }
}
