package org.showdesk.ui.transcript;

import org.showdesk.app.OpenShow;
import org.showdesk.model.Finding;

import java.util.List;

/**
 * Where the window gets findings for an episode's text: the correction engine over the show's
 * glossary and rules. Called off the JavaFX thread.
 */
public interface FindingScanner {

    /** Findings in {@code text}, sorted by start, not overlapping. */
    List<Finding> scan(OpenShow show, String text);

    /** The show's glossary or rules changed: an index built from the old ones must not be used again. */
    void glossaryChanged();

    /** False in a build without the correction engine; the window then says so instead of showing nothing. */
    boolean available();

    /** For a build without the engine: finds nothing and says it is unavailable. */
    static FindingScanner unavailable() {
        return new FindingScanner() {
            @Override
            public List<Finding> scan(OpenShow show, String text) {
                return List.of();
            }

            @Override
            public void glossaryChanged() {
            }

            @Override
            public boolean available() {
                return false;
            }
        };
    }
}
