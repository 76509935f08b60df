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

    /** The platform's Kafka broker, for tests that put another service's event on a topic. */
    public static String kafkaBootstrapServers() {
        return RunningPlatform.get().kafkaBootstrapServers();
    }

    public static String token(String user) {
        return RunningPlatform.get().issuer().token(user);
    }
}
