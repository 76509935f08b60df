package cn.supervision.deploy;

import java.nio.file.Path;

/**
 * How the embedded default runs. {@code fixedPorts} false gives every server a free port (tests run beside a
 * running platform); {@code inMemory} keeps nothing on disk.
 */
record PlatformOptions(boolean demo, boolean inMemory, Path dataDir, boolean fixedPorts, int kafkaPort, int mongoPort, boolean prometheus,
        boolean jsonLogs, int issuerPort) {

    static final String USAGE = """
            usage: ./platform [--demo] [--in-memory] [--data-dir=DIR] [--prometheus] [--json-logs]
              --demo        load the Longting demo (200 construction-sector objects, 12 inspectors in 3 departments, 5 check items)
              --in-memory   keep no data (default: ./data, kept across restarts)
              --data-dir=D  where Kafka and MongoDB keep their data
              --prometheus  also start a local Prometheus (Debian package 'prometheus') on http://127.0.0.1:9090 with the alert rules
              --json-logs   log one JSON object per line (Elastic Common Schema) instead of text
            ./platform token USER   a development token for a demo user of the running platform (e.g. hm-admin, auditor)
            """;

    static PlatformOptions parse(String... args) {
        boolean demo = false;
        boolean inMemory = false;
        Path dataDir = Path.of("data");
        boolean prometheus = false;
        boolean jsonLogs = false;
        for (String arg : args) {
            if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.equals("--in-memory")) {
                inMemory = true;
            } else if (arg.equals("--prometheus")) {
                prometheus = true;
            } else if (arg.equals("--json-logs")) {
                jsonLogs = true;
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else {
                throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        return new PlatformOptions(demo, inMemory, dataDir, true, 9092, 27017, prometheus, jsonLogs, 8090);
    }

    static PlatformOptions forTests() {
        return new PlatformOptions(false, true, null, false, 0, 0, false, false, 0);
    }
}
