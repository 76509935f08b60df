package cn.supervision.inspection.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AccessConfiguration {

    @Bean
    @ConditionalOnMissingBean(DepartmentScope.class)
    DepartmentScope departmentScope() {
        return new TokenDepartmentScope();
    }
}
