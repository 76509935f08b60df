package cn.supervision.registry.history;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.supervision.registry.history.domain.History;
import cn.supervision.registry.history.domain.Recorded;
import cn.supervision.registry.history.domain.Version;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryTest {

    record Named(String name, String region) implements Recorded {
        @Override
        public Map<String, Object> fields() {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", name);
            f.put("region", region);
            return f;
        }
    }

    static final List<Version<Named>> VERSIONS = List.of(
            new Version<>(1, Instant.parse("2026-03-01T02:00:00Z"), "王芳", "registered", new Named("甲公司", "410202")),
            new Version<>(2, Instant.parse("2026-03-05T02:00:00Z"), "李强", "更名", new Named("甲集团", "410202")));

    @Test
    void eachVersionListsOnlyWhatChangedBeforeAndAfter() {
        List<History.Entry> entries = History.entries(VERSIONS);
        assertThat(entries.get(0).changes()).hasSize(2);
        assertThat(entries.get(1).changes()).containsExactly(new History.FieldChange("name", "甲公司", "甲集团"));
        assertThat(entries.get(1).who()).isEqualTo("李强");
    }

    @Test
    void asOfADateMeansTheEndOfThatDayInTheBureausZone() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(History.asOf(VERSIONS, AsOf.parse("2026-02-28", shanghai))).isEmpty();
        assertThat(History.asOf(VERSIONS, AsOf.parse("2026-03-04", shanghai)).orElseThrow().name()).isEqualTo("甲公司");
        assertThat(History.asOf(VERSIONS, AsOf.parse("2026-03-05", shanghai)).orElseThrow().name()).isEqualTo("甲集团");
        assertThat(History.asOf(VERSIONS, AsOf.parse("2026-03-05T01:59:59Z", shanghai)).orElseThrow().name()).isEqualTo("甲公司");
    }
}
