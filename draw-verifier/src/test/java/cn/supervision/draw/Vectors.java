package cn.supervision.draw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

// Why: the tests read the copied conformance vectors from the test classpath, never from the shared folder.
final class Vectors {
    private Vectors() {
    }

    static Path dir() {
        try {
            return Path.of(Vectors.class.getResource("/draw-vectors").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> valid() {
        return list(dir());
    }

    static Stream<Path> invalid() {
        return list(dir().resolve("invalid"));
    }

    static Path named(String name) {
        return dir().resolve(name);
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Transcript transcript(String name) {
        return Transcript.fromJson(bytes(named(name)));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> tree(String name) {
        return (Map<String, Object>) JsonReader.parse(bytes(named(name)));
    }

    private static Stream<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> json = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            if (json.isEmpty()) {
                throw new IllegalStateException("no vectors in " + dir);
            }
            return json.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
