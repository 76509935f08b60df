package cn.supervision.sampling;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Entry point of sampling-service. Its configuration lives in {@code sampling.yml} so that all five services can share one class path in the local launcher. */
@SpringBootApplication
public class SamplingApplication {

    public static final String CONFIG_NAME = "sampling";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(SamplingApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
