package org.showdesk.ui;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The shows opened lately, most recent first, kept as a JSON array of paths in the settings folder.
 * A missing or unreadable list is an empty one: it is a convenience, never a reason not to start.
 */
public final class RecentShows {
    static final int LIMIT = 10;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public RecentShows(Path file) {
        this.file = file;
    }

    public List<Path> list() {
        if (!Files.isRegularFile(file)) return List.of();
        try {
            List<String> paths = JSON.readValue(file.toFile(), new TypeReference<List<String>>() { });
            return paths.stream().filter(s -> s != null && !s.isBlank()).map(Path::of).toList();
        } catch (IOException e) {
            System.err.println("Showdesk: ignoring unreadable recent-shows list " + file + ": " + e.getMessage());
            return List.of();
        }
    }

    /** The most recent show that still exists, if any. */
    public java.util.Optional<Path> mostRecentExisting() {
        return list().stream().filter(Files::isRegularFile).findFirst();
    }

    /** Puts {@code show} first; written atomically so a crash never leaves half a list. */
    public void remember(Path show) throws IOException {
        Path abs = show.toAbsolutePath().normalize();
        List<String> paths = new ArrayList<>();
        paths.add(abs.toString());
        for (Path p : list()) {
            if (!p.toAbsolutePath().normalize().equals(abs) && paths.size() < LIMIT) paths.add(p.toString());
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), paths);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
