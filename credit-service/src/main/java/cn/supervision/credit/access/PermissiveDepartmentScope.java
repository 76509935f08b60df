package cn.supervision.credit.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Until authentication exists every write is allowed, and logged with who claims to act. */
@Configuration
class PermissiveDepartmentScope {

    private static final Logger log = LoggerFactory.getLogger(PermissiveDepartmentScope.class);

    @Bean
    @ConditionalOnMissingBean
    DepartmentScope departmentScope() {
        return (action, objectId, actingUser) -> log.info("{} on {} by {} (no department scoping yet)", action, objectId, actingUser);
    }
}
