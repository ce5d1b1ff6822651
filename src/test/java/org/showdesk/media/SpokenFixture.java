package org.showdesk.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A recording of sentences spoken one by one, with the true start and end of each (truth.tsv, written by
 * make-fixture.sh when it joined them).
 */
public record SpokenFixture(String name, List<Sentence> sentences) {
    public record Sentence(int index, double start, double end, String text) {
    }

    public static SpokenFixture load(String name) {
        try {
            List<Sentence> out = new ArrayList<>();
            List<String> lines = Files.readAllLines(MediaFixtures.spoken(name, "truth.tsv"));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", 4);
                out.add(new Sentence(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]), f[3]));
            }
            return new SpokenFixture(name, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path file(String name) {
        return MediaFixtures.spoken(this.name, name);
    }

    public List<String> texts() {
        return sentences.stream().map(Sentence::text).toList();
    }

    /** Errors of estimated starts (seconds) against the truth, sentence by sentence. */
    public double[] startErrors(List<Double> estimatedStarts) {
        double[] errors = new double[sentences.size()];
        for (int i = 0; i < errors.length; i++) errors[i] = Math.abs(estimatedStarts.get(i) - sentences.get(i).start());
        return errors;
    }
}
