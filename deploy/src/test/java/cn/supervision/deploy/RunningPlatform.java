package cn.supervision.deploy;

/** One embedded platform (in memory, free ports) shared by every end-to-end test class of this JVM. */
final class RunningPlatform {

    private static Platform platform;

    private RunningPlatform() {
    }

    static synchronized Platform get() {
        if (platform == null) {
            platform = Platform.start(PlatformOptions.forTests());
            // every Http call of the deploy tests carries a token of the launcher's own issuer
            cn.supervision.testsupport.TestTokens.use(platform.issuer());
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "test-platform-stop"));
        }
        return platform;
    }
}
