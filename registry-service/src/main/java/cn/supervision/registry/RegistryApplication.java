package cn.supervision.registry;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Entry point of registry-service. Its configuration lives in {@code registry.yml} so that all five services can share one class path in the local launcher. */
@SpringBootApplication
public class RegistryApplication {

    public static final String CONFIG_NAME = "registry";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(RegistryApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
