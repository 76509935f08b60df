package cn.supervision.sampling.plans.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageTest {

    @Test
    void tenOfAHundredMeetsTheTenPercentFloorExactlyAndNineDoNot() {
        assertThat(Coverage.of("housing-market", 2026, 100, 10, null).meetsFloor()).isTrue();
        assertThat(Coverage.of("housing-market", 2026, 100, 9, null).meetsFloor()).isFalse();
    }

    @Test
    void comparesAgainstThePlanTargetWhenThereIsOne() {
        Coverage c = Coverage.of("quality-safety", 2026, 200, 30, 2000);
        assertThat(c.ratio()).isEqualTo(0.15);
        assertThat(c.meetsFloor()).isTrue();
        assertThat(c.meetsPlan()).isFalse();
        assertThat(Coverage.of("x", 2026, 0, 0, null).meetsFloor()).as("an empty directory covers nothing").isFalse();
    }
}
