package cn.supervision.disclosure.provincial;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ProvincialProperties.class)
class ProvincialConfiguration {
}
