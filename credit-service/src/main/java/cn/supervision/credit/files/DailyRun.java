package cn.supervision.credit.files;

import java.time.LocalDate;

import cn.supervision.credit.calendar.Today;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * 每日评价: re-evaluates every file on which time alone changes something today — a rectification deadline passed (the
 * follow-up is requested), a listing expired or escalates, a fact left the risk window. Runs every
 * {@code credit.daily-run.interval} (a repeated run the same day finds nothing due) and on demand
 * ({@code POST /admin/daily-run}), so that tests move the clock instead of waiting for days.
 */
@Configuration
@EnableScheduling
class DailyRun {

    private static final Logger log = LoggerFactory.getLogger(DailyRun.class);

    private final CreditFiles files;
    private final Today today;
    private final MeterRegistry meters;

    DailyRun(CreditFiles files, Today today, MeterRegistry meters) {
        this.files = files;
        this.today = today;
        this.meters = meters;
    }

    record Report(LocalDate asOf, int reviewed, int failed) {
    }

    @Scheduled(fixedDelayString = "${credit.daily-run.interval:PT15M}", initialDelayString = "${credit.daily-run.initial-delay:PT1M}")
    void scheduled() {
        MDC.put("service", "credit-service");
        runOnce();
    }

    synchronized Report runOnce() {
        LocalDate day = today.date();
        Timer.Sample sample = Timer.start(meters);
        int reviewed = 0;
        int failed = 0;
        for (String objectId : files.dueForReview(day)) {
            try {
                files.review(objectId);
                reviewed++;
            } catch (RuntimeException e) {
                // one broken file must not stop the others; it stays due and is tried again next run
                failed++;
                log.error("daily run: credit file {} could not be re-evaluated: {}", objectId, e.toString());
            }
        }
        sample.stop(meters.timer("supervision.credit.daily.run"));
        meters.counter("supervision.credit.daily.run.files", "outcome", "reviewed").increment(reviewed);
        meters.counter("supervision.credit.daily.run.files", "outcome", "failed").increment(failed);
        log.info("daily run as of {}: {} files re-evaluated, {} failed", day, reviewed, failed);
        return new Report(day, reviewed, failed);
    }
}
