package cn.supervision.credit;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Entry point of credit-service. Its configuration lives in {@code credit.yml} so that all five services can share one class path in the local launcher. */
@SpringBootApplication
public class CreditApplication {

    public static final String CONFIG_NAME = "credit";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(CreditApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
