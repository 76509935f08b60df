package cn.supervision.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Reads the event contracts of the {@code contracts} module: {@code contracts/<type>.schema.json} and the example
 * payload {@code contracts/examples/<type>.json}, where {@code <type>} is the CloudEvents type, e.g.
 * {@code registry.ObjectRegistered.v1}.
 */
public final class Contracts {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private Contracts() {
    }

    /** The violations of {@code json} against the schema of {@code type}; empty when it conforms. */
    public static List<String> violations(String type, String json) {
        Schema schema = REGISTRY.getSchema(read("contracts/" + type + ".schema.json"), InputFormat.JSON);
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    public static String example(String type) {
        return read("contracts/examples/" + type + ".json");
    }

    private static String read(String resource) {
        try (InputStream in = Contracts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
