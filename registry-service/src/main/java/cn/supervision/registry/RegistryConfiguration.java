package cn.supervision.registry;

import cn.supervision.registry.departments.Departments;
import cn.supervision.registry.departments.RegistrySettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({Departments.class, RegistrySettings.class})
class RegistryConfiguration {
}
