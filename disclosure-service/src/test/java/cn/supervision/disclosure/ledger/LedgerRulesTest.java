package cn.supervision.disclosure.ledger;

import java.time.Duration;
import java.time.LocalDate;

import cn.supervision.disclosure.ledger.domain.PushBackoff;
import cn.supervision.disclosure.ledger.domain.Timeliness;
import cn.supervision.disclosure.results.domain.Redaction;
import cn.supervision.disclosure.tasks.domain.DrawnListRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Timeliness, backoff, redaction and the drawn-list rule as plain Java. */
class LedgerRulesTest {

    static final LocalDate DEADLINE = LocalDate.parse("2026-04-21");

    @Test
    void aResultIsOverdueOnlyAfterItsDeadlineAndOnlyWhenTheDeadlineIsKnown() {
        assertThat(Timeliness.atPublication(DEADLINE, DEADLINE)).isEmpty();
        assertThat(Timeliness.atPublication(DEADLINE, DEADLINE.plusDays(1))).contains(Timeliness.OverdueReason.PUBLISHED_LATE);
        assertThat(Timeliness.atPublication(null, DEADLINE.plusYears(1))).isEmpty();
        assertThat(Timeliness.onDay(DEADLINE, null, DEADLINE)).isEmpty();
        assertThat(Timeliness.onDay(DEADLINE, null, DEADLINE.plusDays(1))).contains(Timeliness.OverdueReason.PROVINCE_NOT_ACKNOWLEDGED);
        assertThat(Timeliness.onDay(DEADLINE, DEADLINE, DEADLINE.plusDays(9))).isEmpty();
        assertThat(Timeliness.onTime(DEADLINE, DEADLINE.minusDays(3), DEADLINE)).isTrue();
        assertThat(Timeliness.onTime(DEADLINE, DEADLINE.minusDays(3), DEADLINE.plusDays(1))).isFalse();
        assertThat(Timeliness.onTime(null, DEADLINE, DEADLINE)).isFalse();
    }

    @Test
    void backoffDoublesUpToItsCeiling() {
        PushBackoff backoff = new PushBackoff(Duration.ofSeconds(30), Duration.ofHours(1));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(backoff.after(50)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void idNumbersAndMobileNumbersNeverReachAPublicPage() {
        String typed = "负责人张三（身份证410102198001011234，电话13812345678）拒绝检查；旧证410102800101123；代码91350100M000100Y43";
        String shown = Redaction.publicText(typed);
        assertThat(shown).doesNotContain("410102198001011234").doesNotContain("13812345678").doesNotContain("410102800101123")
                .contains("91350100M000100Y43").contains(Redaction.MASK).contains("拒绝检查");
        assertThat(Redaction.publicText("41010219800101123X")).isEqualTo(Redaction.MASK);
    }

    @Test
    void theDrawnListIsPublicByDefaultAndFollowUpsAreNotRandom() {
        assertThat(DrawnListRule.publishes(null)).isTrue();
        assertThat(DrawnListRule.publishes(true)).isTrue();
        assertThat(DrawnListRule.publishes(false)).isFalse();
        assertThat(DrawnListRule.random("RANDOM", "0a4c")).isTrue();
        assertThat(DrawnListRule.random("FOLLOW_UP", null)).isFalse();
        assertThat(DrawnListRule.random("RANDOM", null)).isFalse();
    }
}
