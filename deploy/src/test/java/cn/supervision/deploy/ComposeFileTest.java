package cn.supervision.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** No Docker engine runs here, so docker-compose.yml is kept honest by checking it against the code. */
class ComposeFileTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @SuppressWarnings("unchecked")
    static Map<String, Object> compose() {
        try (InputStream in = Files.newInputStream(ROOT.resolve("docker-compose.yml"))) {
            return (Map<String, Object>) ((Map<String, Object>) new Yaml().load(in)).get("services");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String serviceConfig(Service service) {
        try (InputStream in = ComposeFileTest.class.getClassLoader().getResourceAsStream(service.database + ".yml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    @SuppressWarnings("unchecked")
    void composeRunsEachServiceUnderItsNameOnItsPortWithItsDatabase(Service service) {
        Map<String, Object> entry = (Map<String, Object>) compose().get(service.serviceName);
        assertThat(entry).as("compose service " + service.serviceName).isNotNull();
        String config = serviceConfig(service);
        assertThat(config).contains("name: " + service.serviceName);
        assertThat(config).contains("port: ${SERVER_PORT:" + service.defaultPort + "}");
        assertThat(config).contains("uri: ${MONGODB_URI:mongodb://127.0.0.1:27017/" + service.database + "}");

        assertThat((List<String>) entry.get("ports")).containsExactly(service.defaultPort + ":" + service.defaultPort);
        Map<String, Object> env = (Map<String, Object>) entry.get("environment");
        assertThat(env).containsEntry("SERVER_PORT", service.defaultPort);
        assertThat((String) env.get("MONGODB_URI")).startsWith("mongodb://mongo:27017/" + service.database + "?");
        assertThat(env).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");

        Map<String, Object> build = (Map<String, Object>) entry.get("build");
        assertThat((Map<String, Object>) build.get("args")).containsEntry("SERVICE", service.serviceName);
        assertThat(entry.get("healthcheck")).isNotNull();
        Map<String, Object> dependsOn = (Map<String, Object>) entry.get("depends_on");
        assertThat(dependsOn.keySet()).containsExactlyInAnyOrder("mongo", "kafka");
        dependsOn.values().forEach(v -> assertThat((Map<String, Object>) v).containsEntry("condition", "service_healthy"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheConsoleAfterTheServicesWithEveryVariableItReads() throws IOException {
        Map<String, Object> entry = (Map<String, Object>) compose().get("console");
        assertThat((List<String>) entry.get("ports")).containsExactly("8080:8080");
        assertThat(((Map<String, Object>) entry.get("depends_on")).keySet())
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(Service.values()).map(s -> s.serviceName).toList());
        String config = new String(getClass().getClassLoader().getResourceAsStream("console.yml").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Map<String, Object> env = (Map<String, Object>) entry.get("environment");
        for (String variable : env.keySet()) {
            assertThat(config).as("console reads " + variable).contains("${" + variable + ":");
        }
        for (Service service : Service.values()) {
            assertThat(env).containsEntry("CONSOLE_" + service.database.toUpperCase(java.util.Locale.ROOT) + "_URL",
                    "http://" + service.serviceName + ":" + service.defaultPort);
        }
    }

    @Test
    void everyEnvironmentVariableComposeSetsIsReadByTheCode() throws IOException {
        String defaults = new String(getClass().getClassLoader().getResourceAsStream("platform-defaults.properties").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (Service service : Service.values()) {
            String code = serviceConfig(service) + defaults;
            @SuppressWarnings("unchecked")
            Map<String, Object> env = (Map<String, Object>) ((Map<String, Object>) compose().get(service.serviceName)).get("environment");
            for (String variable : env.keySet()) {
                assertThat(code).as(service.serviceName + " reads " + variable).contains("${" + variable + ":");
            }
        }
    }

    @Test
    void prometheusScrapesEveryServiceWhereComposeRunsIt() throws IOException {
        String prometheus = Files.readString(ROOT.resolve("deploy/prometheus/prometheus.yml"));
        String local = Files.readString(ROOT.resolve("deploy/prometheus/prometheus-local.yml"));
        for (Service service : Service.values()) {
            assertThat(prometheus).contains("\"" + service.serviceName + ":" + service.defaultPort + "\"");
            assertThat(local).contains("\"127.0.0.1:" + service.defaultPort + "\"");
        }
        assertThat(prometheus).as("the console is watched like a service").contains("\"console:8080\"");
        assertThat(compose()).containsKeys("mongo", "kafka", "prometheus", "grafana");
    }

    @Test
    void theDockerfileCopiesTheJarTheBuildProduces() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("deploy/docker/Dockerfile"));
        Matcher copy = Pattern.compile("COPY \\$\\{SERVICE}/target/\\$\\{SERVICE}-\\*-(\\w+)\\.jar").matcher(dockerfile);
        assertThat(copy.find()).isTrue();
        String rootPom = Files.readString(ROOT.resolve("pom.xml"));
        assertThat(rootPom).contains("<classifier>" + copy.group(1) + "</classifier>");
    }
}
