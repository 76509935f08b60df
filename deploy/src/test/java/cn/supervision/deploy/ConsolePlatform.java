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

    private static boolean demoLoaded;

    /** The Longting demo (5 check items, 12 inspectors, 200 objects) in the shared platform, once per JVM (loading again changes nothing). */
    public static synchronized void loadLongtingDemo() {
        if (!demoLoaded) {
            Platform platform = RunningPlatform.get();
            LongtingDemo.load(platform.url(Service.REGISTRY), platform.issuer().token(LongtingDemo.LOADED_BY));
            demoLoaded = true;
        }
    }
}
