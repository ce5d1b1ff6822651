package org.showdesk.media;

import org.junit.jupiter.api.Test;
import org.showdesk.model.ShowdeskException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClockTimeTest {
    @Test
    void readsTheWaysAHostWritesATime() {
        assertThat(ClockTime.parse("83.5")).isEqualTo(83_500);
        assertThat(ClockTime.parse("1:23.5")).isEqualTo(83_500);
        assertThat(ClockTime.parse("1:02:03")).isEqualTo(3_723_000);
        assertThat(ClockTime.parse("-2.5")).isEqualTo(-2_500);
        assertThat(ClockTime.parse("+12s")).isEqualTo(12_000);
        assertThat(ClockTime.parse(" 0:05,25 ")).isEqualTo(5_250);
    }

    @Test
    void refusesWhatIsNotATimeSayingHowToWriteOne() {
        for (String bad : new String[]{"", "abc", "1:75", "1::2", "1:2:3:4", "5 min"}) {
            assertThatThrownBy(() -> ClockTime.parse(bad)).as(bad).isInstanceOf(ShowdeskException.class)
                    .hasMessageContaining("not a time");
        }
    }

    @Test
    void writesTimesBackAsTheyAreRead() {
        assertThat(ClockTime.format(83_500)).isEqualTo("1:23.5");
        assertThat(ClockTime.format(3_723_000)).isEqualTo("1:02:03.0");
        assertThat(ClockTime.format(-1_500)).isEqualTo("-0:01.5");
        for (long ms : new long[]{0, 1_500, 83_500, 3_723_400, -2_500}) assertThat(ClockTime.parse(ClockTime.format(ms))).isEqualTo(ms);
    }
}
