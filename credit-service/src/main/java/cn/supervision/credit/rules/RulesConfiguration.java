package cn.supervision.credit.rules;

import cn.supervision.credit.assessment.domain.CreditAssessor;
import cn.supervision.credit.assessment.domain.WorkingDays;
import cn.supervision.credit.rules.domain.RuleBook;
import cn.supervision.workingdays.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** The active rule book ({@code credit.rules.location}), loaded and checked once at start. */
@Configuration
class RulesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RulesConfiguration.class);

    @Bean
    RuleBook ruleBook(@Value("${credit.rules.location:classpath:credit-rules.yml}") Resource location) {
        RuleBook book = RuleBookLoader.load(location);
        log.info("credit rules version {} loaded from {}: {} entry rules, {} leave rules, {} risk rules", book.version(),
                location.getDescription(), book.entryRules().size(), book.leaveRules().size(), book.risk().points().size());
        return book;
    }

    @Bean
    CreditAssessor creditAssessor(RuleBook rules, WorkingDayCalendar calendar) {
        return new CreditAssessor(rules, new WorkingDays(calendar));
    }
}
