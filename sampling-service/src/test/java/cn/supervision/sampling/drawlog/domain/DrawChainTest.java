package cn.supervision.sampling.drawlog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DrawChainTest {

    static List<DrawChain.Link> chain(int n) {
        List<DrawChain.Link> links = new ArrayList<>();
        String prev = DrawChain.GENESIS;
        for (int i = 0; i < n; i++) {
            Map<String, String> details = Map.of("publicEntropy", "07 19\t33", "seq", String.valueOf(i));
            String hash = DrawChain.hashOf(i, "DRAW", "T-" + i, "2026-03-02T08:00:00Z", details, prev);
            links.add(new DrawChain.Link(i, "DRAW", "T-" + i, "2026-03-02T08:00:00Z", details, prev, hash));
            prev = hash;
        }
        return links;
    }

    @Test
    void anUntouchedChainVerifiesAndEndsAtItsHeadHash() {
        List<DrawChain.Link> links = chain(4);
        DrawChain.Verdict verdict = DrawChain.verify(links);
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.entries()).isEqualTo(4);
        assertThat(verdict.headHash()).isEqualTo(links.get(3).hash()).hasSize(64);
    }

    @Test
    void aChangedEntryIsFoundWhereItWasChanged() {
        List<DrawChain.Link> links = chain(4);
        DrawChain.Link l = links.get(2);
        links.set(2, new DrawChain.Link(l.seq(), l.kind(), l.taskId(), l.at(), Map.of("publicEntropy", "99", "seq", "2"), l.prevHash(), l.hash()));
        DrawChain.Verdict verdict = DrawChain.verify(links);
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.firstBadSeq()).isEqualTo(2);
    }

    @Test
    void aRemovedEntryBreaksTheChain() {
        List<DrawChain.Link> links = chain(4);
        links.remove(1);
        assertThat(DrawChain.verify(links).firstBadSeq()).isEqualTo(1);
    }

    @Test
    void aRewrittenTailStillDoesNotPointToTheOriginalHistory() {
        List<DrawChain.Link> links = chain(3);
        DrawChain.Link l = links.get(1);
        String forged = DrawChain.hashOf(1, "DRAW", "T-1", l.at(), Map.of(), DrawChain.GENESIS);
        links.set(1, new DrawChain.Link(1, "DRAW", "T-1", l.at(), Map.of(), DrawChain.GENESIS, forged));
        assertThat(DrawChain.verify(links).valid()).isFalse();
    }
}
