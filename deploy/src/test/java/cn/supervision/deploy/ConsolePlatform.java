package cn.supervision.deploy;

/** The shared test platform as the console's tests (another package) see it. */
public final class ConsolePlatform {

    private ConsolePlatform() {
    }

    public static String consoleUrl() {
        return RunningPlatform.get().consoleUrl();
    }

    public static String url(String service) {
        return RunningPlatform.get().url(Service.valueOf(service));
    }

    public static String token(String user) {
        return RunningPlatform.get().issuer().token(user);
    }

    /** The platform's Kafka, for tests that stand in for another service's events (e.g. inspection results feeding credit). */
    public static String kafkaBootstrapServers() {
        return RunningPlatform.get().kafkaBootstrapServers();
    }
}
