package cn.supervision.credit.files;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import cn.supervision.credit.rules.domain.CreditList;
import cn.supervision.credit.rules.domain.RiskLevel;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * How many objects are on each credit list (信用名单) and at each risk level now: gauges
 * {@code supervision.credit.list.size{list}} and {@code supervision.credit.risk.objects{level}}. Counted from the
 * files on a schedule rather than kept by increments, so a restart or a rebuilt read model can never skew them.
 */
@Component
class CreditListSizes {

    private static final Logger log = LoggerFactory.getLogger(CreditListSizes.class);

    private final MongoTemplate mongo;
    private final Map<CreditList, AtomicLong> lists = new EnumMap<>(CreditList.class);
    private final Map<RiskLevel, AtomicLong> levels = new EnumMap<>(RiskLevel.class);

    CreditListSizes(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        for (CreditList list : CreditList.values()) {
            lists.put(list, new AtomicLong());
            Gauge.builder("supervision.credit.list.size", lists.get(list), AtomicLong::get).description("Objects on the credit list now")
                    .tag("list", list.name()).register(meters);
        }
        for (RiskLevel level : RiskLevel.values()) {
            levels.put(level, new AtomicLong());
            Gauge.builder("supervision.credit.risk.objects", levels.get(level), AtomicLong::get)
                    .description("Objects at the credit risk level now").tag("level", level.name()).register(meters);
        }
    }

    @Scheduled(fixedDelayString = "${credit.metrics.refresh:PT30S}", initialDelayString = "${credit.metrics.initial-delay:PT2S}")
    void refresh() {
        try {
            lists.forEach((list, size) -> size.set(count(new Query(where("lists").is(list.name())))));
            levels.forEach((level, size) -> size.set(count(new Query(where("riskLevel").is(level.name())))));
        } catch (RuntimeException e) {
            log.warn("credit list sizes not refreshed, will retry: {}", e.toString());
        }
    }

    private long count(Query query) {
        return mongo.count(query, CreditFileDocument.COLLECTION);
    }
}
