package org.showdesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.GlossaryImport;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a glossary file as the host does: the file's terms plus the engine's advice, tied to their lines. */
class GlossariesTest {
    private static GlossaryImport read(Path dir, String content) throws Exception {
        return Glossaries.read(Files.writeString(dir.resolve("terms.txt"), content));
    }

    @Test
    void termsThatWillCauseFalseAlarmsAreWarnedAboutWithTheirLines(@TempDir Path dir) throws Exception {
        GlossaryImport read = read(dir, "Pi\nLaser\n模型\n钉钉\n");
        assertThat(read.warnings()).extracting(GlossaryImport.Warning::line).containsExactly(1, 2, 3);
        assertThat(read.warnings()).extracting(GlossaryImport.Warning::message)
                .anySatisfy(m -> assertThat(m).startsWith("Pi is very short"))
                .anySatisfy(m -> assertThat(m).startsWith("Laser is also an ordinary English word"))
                .anySatisfy(m -> assertThat(m).startsWith("模型 is an everyday word"))
                .noneSatisfy(m -> assertThat(m).startsWith("钉钉"));
    }

    @Test
    void aMisrecognitionThatIsItselfATermIsReported(@TempDir Path dir) throws Exception {
        GlossaryImport read = read(dir, "Grok\tGroq\nGroq\n");
        assertThat(read.warnings()).extracting(GlossaryImport.Warning::message)
                .contains("misrecognition Groq of Grok is itself a glossary term; it will not be flagged");
    }

    /** "Clip" for CLIP (what accepting Clip → CLIP teaches) is the term in another case, and it is flagged. */
    @Test
    void aMisrecognitionInAnotherCaseOfItsOwnTermIsNotReported(@TempDir Path dir) throws Exception {
        GlossaryImport read = read(dir, "CLIP\tClip\nLoRAMoE\tLoraMOE\n");
        assertThat(read.warnings()).extracting(GlossaryImport.Warning::message)
                .noneSatisfy(m -> assertThat(m).contains("is itself a glossary term"));
    }
}
