package cn.supervision.inspection.records;

import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicWriter;
import tools.jackson.databind.node.ObjectNode;

/** Puts draws on {@code sampling.draws} as sampling-service would, and waits (bounded) for their effect. */
final class Draws {

    static final String TOPIC = "sampling.draws";
    static final String SAMPLE_DRAWN = "sampling.SampleDrawn.v1";
    static final String OBJECT_ID = "91350100M000100Y43";
    /** From the contract example: JZ-001 of housing-market by LT-JZSC-001, ZA-001 of quality-safety by LT-ZLAQ-002. */
    static final String HOUSING_INSPECTOR = "LT-JZSC-001";
    static final String SAFETY_INSPECTOR = "LT-ZLAQ-002";

    private Draws() {
    }

    static String uniqueTaskId() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The contract's example SampleDrawn, for another task. */
    static String sampleDrawn(String taskId) {
        ObjectNode body = (ObjectNode) Http.parse(Contracts.example(SAMPLE_DRAWN));
        body.put("taskId", taskId);
        return body.toString();
    }

    static String send(String taskId) {
        return send(taskId, body -> { });
    }

    /** Sends the example draw for another task, changed as the test needs (a deadline, a follow-up). */
    static String send(String taskId, Consumer<ObjectNode> change) {
        ObjectNode body = (ObjectNode) Http.parse(sampleDrawn(taskId));
        change.accept(body);
        String eventId = UUID.randomUUID().toString();
        TopicWriter.send(TOPIC, OBJECT_ID, SAMPLE_DRAWN, eventId, body.toString());
        return eventId;
    }

    static void openRecord(String baseUrl, String taskId, Consumer<ObjectNode> change) {
        send(taskId, change);
        await(() -> Http.get(baseUrl + "/inspections/" + taskId + "/" + OBJECT_ID).status() == 200, "record " + taskId + " opened");
    }

    /** Sends the draw and waits until the record is there. */
    static void openRecord(String baseUrl, String taskId) {
        send(taskId);
        await(() -> Http.get(baseUrl + "/inspections/" + taskId + "/" + OBJECT_ID).status() == 200, "record " + taskId + " opened");
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
