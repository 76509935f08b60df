package cn.supervision.inspection;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Entry point of inspection-service. Its configuration lives in {@code inspection.yml} so that all five services can share one class path in the local launcher. */
@SpringBootApplication
@EnableScheduling
public class InspectionApplication {

    public static final String CONFIG_NAME = "inspection";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(InspectionApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
