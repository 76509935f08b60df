package cn.supervision.disclosure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Http;

/** Small helpers shared by the integration tests: the contracts' examples moved to fresh ids, and polling. */
public final class TestEvents {

    public static final String EXAMPLE_OBJECT = "91350100M000100Y43";
    public static final String EXAMPLE_TASK = "LT-2026-001";
    public static final String EXAMPLE_NAME = "开封市龙亭区示例建筑工程有限公司";

    private TestEvents() {
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The contract's example of {@code type}, moved to {@code taskId}, {@code objectId} and {@code name}. */
    public static String example(String type, String taskId, String objectId, String name) {
        return Contracts.example(type).replace(EXAMPLE_TASK, taskId).replace(EXAMPLE_OBJECT, objectId).replace(EXAMPLE_NAME, name);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Polls {@code url} until its answer satisfies {@code done}; fails after {@code timeout} with the last answer. */
    public static Http.Response awaitGet(String url, Predicate<Http.Response> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Http.Response last = null;
        while (System.nanoTime() < deadline) {
            last = Http.get(url);
            if (done.test(last)) {
                return last;
            }
            sleep(100);
        }
        throw new AssertionError("GET " + url + " did not reach the expected state within " + timeout + "; last answer: "
                + (last == null ? "none" : last.status() + " " + last.body()));
    }

    /** A DELETE, as the platform administrator. */
    public static Http.Response delete(String url) {
        return Http.delete(url);
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
