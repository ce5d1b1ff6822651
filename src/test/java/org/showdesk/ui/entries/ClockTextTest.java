package org.showdesk.ui.entries;

import org.junit.jupiter.api.Test;
import org.showdesk.model.ShowdeskException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClockTextTest {
    @Test
    void minutesAndSecondsOrHoursMinutesAndSecondsAreRead() {
        assertThat(ClockText.parse("4:05")).isEqualTo(245_000L);
        assertThat(ClockText.parse(" 04:05 ")).isEqualTo(245_000L);
        assertThat(ClockText.parse("1:04:05")).isEqualTo(3_845_000L);
        assertThat(ClockText.parse("4：05")).isEqualTo(245_000L); // full-width colon from a Chinese keyboard
    }

    @Test
    void anEmptyFieldMeansTheTimeIsUnknown() {
        assertThat(ClockText.parse("")).isNull();
        assertThat(ClockText.parse("   ")).isNull();
    }

    @Test
    void secondsPastFiftyNineAreRefusedWithTheTimeWrittenTheRightWay() {
        assertThatThrownBy(() -> ClockText.parse("4:75")).isInstanceOf(ShowdeskException.class)
                .hasMessageContaining("5:15");
    }

    @Test
    void textThatIsNotATimeIsRefusedWithTheFormsThatWork() {
        assertThatThrownBy(() -> ClockText.parse("4m5s")).hasMessageContaining("minutes:seconds (4:05)");
    }

    @Test
    void timesAreWrittenAsYouTubeReadsThem() {
        assertThat(ClockText.format(245_000L)).isEqualTo("4:05");
        assertThat(ClockText.format(3_845_000L)).isEqualTo("1:04:05");
        assertThat(ClockText.format(null)).isEmpty();
    }
}
