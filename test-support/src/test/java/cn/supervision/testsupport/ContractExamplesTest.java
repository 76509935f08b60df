package cn.supervision.testsupport;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event type has a schema and an example, and every example conforms to its schema. */
class ContractExamplesTest {

    static Stream<String> eventTypes() throws IOException, URISyntaxException {
        java.net.URI uri = Contracts.class.getClassLoader().getResource("contracts").toURI();
        if ("file".equals(uri.getScheme())) {
            return schemaNames(Path.of(uri));
        }
        // the contracts come as a jar from the reactor: list them through a zip file system
        try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of())) {
            return schemaNames(jar.provider().getPath(uri));
        }
    }

    private static Stream<String> schemaNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema.json"))
                    .map(n -> n.substring(0, n.length() - ".schema.json".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void exampleConformsToItsSchema(String type) {
        assertThat(Contracts.violations(type, Contracts.example(type))).isEmpty();
    }
}
