package cn.supervision.disclosure;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Entry point of disclosure-service. Its configuration lives in {@code disclosure.yml} so that all five services can share one class path in the local launcher. */
@SpringBootApplication
@EnableScheduling
public class DisclosureApplication {

    public static final String CONFIG_NAME = "disclosure";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(DisclosureApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
