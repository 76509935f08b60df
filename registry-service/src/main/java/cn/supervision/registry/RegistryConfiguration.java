package cn.supervision.registry;

import cn.supervision.registry.departments.Departments;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(Departments.class)
class RegistryConfiguration {
}
