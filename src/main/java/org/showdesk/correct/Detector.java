package org.showdesk.correct;

import org.showdesk.model.Finding;

import java.util.List;

/** One way of spotting recognition errors. Built once per glossary; {@link #detect} must be thread-safe. */
interface Detector {
    void detect(ScanContext context, List<Finding> out);
}
