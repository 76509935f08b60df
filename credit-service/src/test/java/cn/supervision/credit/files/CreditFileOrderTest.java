package cn.supervision.credit.files;

import java.time.LocalDate;
import java.util.List;

import cn.supervision.credit.files.domain.CreditEntry;
import cn.supervision.credit.files.domain.CreditFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditFileOrderTest {

    static CreditEntry result(String eventId, String date) {
        return CreditEntry.inspectionResult(eventId, "I-" + eventId, "T", "task", "RANDOM", List.of("1", "A", "1"), LocalDate.parse(date));
    }

    @Test
    void ordersByDateThenArrivalAndListsEachCategoryOnce() {
        CreditFile file = CreditFile.of("O", null, "name", List.of(result("late", "2026-03-23"), result("early", "2026-03-20"),
                result("sameDayFirst", "2026-03-21"), result("sameDaySecond", "2026-03-21")));
        assertThat(file.entries()).extracting(CreditEntry::eventId).containsExactly("early", "sameDayFirst", "sameDaySecond", "late");
        assertThat(file.entries().get(0).categories()).containsExactly("1", "A");
    }
}
