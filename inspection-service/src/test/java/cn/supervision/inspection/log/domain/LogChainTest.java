package cn.supervision.inspection.log.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogChainTest {

    static final Instant AT = Instant.parse("2026-03-20T02:00:00.123456Z");

    static List<LogEntry> chain(int n) {
        List<LogEntry> entries = new ArrayList<>();
        long seq = 0;
        String previous = LogChain.GENESIS;
        for (int i = 0; i < n; i++) {
            LogEntry e = LogChain.next("T-1/OBJ-1", seq, previous, "RESULT_ENTERED", "I-H", AT.plusSeconds(i),
                    Map.of("checkItem", "JZ-00" + i, "findings", "第" + i + "行\n第二行"), null);
            entries.add(e);
            seq = e.seq();
            previous = e.hash();
        }
        return entries;
    }

    @Test
    void eachEntryHoldsThePreviousHashAndAnIntactChainVerifies() {
        List<LogEntry> entries = chain(4);
        assertThat(entries.get(0).previousHash()).isEqualTo(LogChain.GENESIS);
        assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
        assertThat(entries.get(0).at()).as("kept to the millisecond, as a database stores it").isEqualTo(Instant.parse("2026-03-20T02:00:00.123Z"));
        ChainVerdict verdict = LogChain.verify("T-1/OBJ-1", entries, 4, entries.get(3).hash());
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.entries()).isEqualTo(4);
    }

    @Test
    void theHashCoversEveryFieldAndDoesNotDependOnDetailOrder() {
        LogEntry a = LogChain.next("R", 0, LogChain.GENESIS, "X", "A", AT, Map.of("a", "1", "b", "2"), null);
        LogEntry b = LogChain.next("R", 0, LogChain.GENESIS, "X", "A", AT, new java.util.LinkedHashMap<>(Map.of("b", "2", "a", "1")), null);
        assertThat(a.hash()).isEqualTo(b.hash()).hasSize(64);
        assertThat(LogChain.next("R", 0, LogChain.GENESIS, "X", "A", AT, Map.of("a", "1", "b", "2"), 7L).hash()).isNotEqualTo(a.hash());
        assertThat(LogChain.next("R", 0, LogChain.GENESIS, "X", "B", AT, Map.of("a", "1", "b", "2"), null).hash()).isNotEqualTo(a.hash());
        // a line break inside a value cannot imitate another field
        assertThat(LogChain.next("R", 0, LogChain.GENESIS, "X", "A", AT, Map.of("a", "1\ndetail.b=2"), null).hash()).isNotEqualTo(a.hash());
    }

    @Test
    void anAlteredEntryBreaksTheChainAtThatEntry() {
        List<LogEntry> entries = new ArrayList<>(chain(5));
        LogEntry third = entries.get(2);
        entries.set(2, new LogEntry(third.recordId(), third.seq(), third.action(), third.actor(), third.at(), Map.of("checkItem", "JZ-002"),
                third.corrects(), third.previousHash(), third.hash()));
        ChainVerdict verdict = LogChain.verify("T-1/OBJ-1", entries, 5, entries.get(4).hash());
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void aResealedEntryBreaksTheNextLinkAndRemovedEntriesAreFound() {
        List<LogEntry> entries = new ArrayList<>(chain(5));
        LogEntry second = entries.get(1);
        LogEntry forged = LogChain.next(second.recordId(), 1, second.previousHash(), second.action(), "SOMEONE-ELSE", second.at(), second.details(), null);
        entries.set(1, forged);
        assertThat(LogChain.verify("T-1/OBJ-1", entries, 5, entries.get(4).hash()).firstBrokenSeq()).isEqualTo(3);

        List<LogEntry> gap = new ArrayList<>(chain(5));
        gap.remove(1);
        assertThat(LogChain.verify("T-1/OBJ-1", gap, 5, null).firstBrokenSeq()).isEqualTo(2);
        List<LogEntry> truncated = chain(5).subList(0, 3);
        ChainVerdict tail = LogChain.verify("T-1/OBJ-1", truncated, 5, null);
        assertThat(tail.firstBrokenSeq()).isEqualTo(4);
        assertThat(tail.reason()).contains("missing");
    }
}
