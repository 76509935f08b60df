package cn.supervision.disclosure.tasks;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import cn.supervision.platform.events.CloudEvent;
import cn.supervision.platform.events.MalformedEventException;
import cn.supervision.platform.inbox.EventInbox;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Consumes {@code sampling.tasks} (TaskPublished, DrawCommitted) and {@code sampling.draws} (SampleDrawn). */
@Configuration
class SamplingEvents {

    static final String TASK_PUBLISHED = "sampling.TaskPublished.v1";
    static final String DRAW_COMMITTED = "sampling.DrawCommitted.v1";
    static final String SAMPLE_DRAWN = "sampling.SampleDrawn.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TaskPublished(String taskId, String name, String initiatingDepartment, List<String> departments, String taskType,
            List<String> objectTypes, List<PublicTaskDocument.DepartmentItem> checkItems, List<PublicTaskDocument.Stratum> strata,
            List<PublicTaskDocument.Team> teams, String entropySource, Instant publishedAt, Boolean publishDrawnList) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DrawCommitted(String taskId, Integer freezeNumber, String reason, String populationDigest, String rosterDigest, String paramsDigest,
            String commitment, List<PublicTaskDocument.Stratum> strata, String entropySource, Instant frozenAt) {
    }

    /** Only what the public may see: the inspectors assigned are not even read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SampleDrawn(String taskId, String taskName, String taskType, String objectId, String uscc, String objectName, String objectType,
            String stratum, String rank, Instant drawnAt) {
    }

    @Bean
    Consumer<Message<byte[]>> samplingTasks(EventInbox inbox, JsonMapper json, PublicTasks tasks) {
        return message -> inbox.receive("samplingTasks", message, event -> {
            if (TASK_PUBLISHED.equals(event.type())) {
                TaskPublished task = parse(json, event, TaskPublished.class);
                require(event, task != null && present(task.taskId()) && present(task.name()), "taskId and name");
                tasks.announce(task, event);
            } else if (DRAW_COMMITTED.equals(event.type())) {
                DrawCommitted committed = parse(json, event, DrawCommitted.class);
                require(event, committed != null && present(committed.taskId()) && committed.freezeNumber() != null
                        && present(committed.commitment()), "taskId, freezeNumber and commitment");
                tasks.commit(committed, event);
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> samplingDraws(EventInbox inbox, JsonMapper json, PublicTasks tasks) {
        return message -> inbox.receive("samplingDraws", message, event -> {
            if (SAMPLE_DRAWN.equals(event.type())) {
                SampleDrawn drawn = parse(json, event, SampleDrawn.class);
                require(event, drawn != null && present(drawn.taskId()) && present(drawn.objectId()), "taskId and objectId");
                tasks.drawn(drawn, event);
            }
        });
    }

    private static <T> T parse(JsonMapper json, CloudEvent event, Class<T> type) {
        try {
            return json.readValue(event.data(), type);
        } catch (JacksonException e) {
            throw new MalformedEventException("unreadable " + event.type() + " " + event.id(), e);
        }
    }

    private static void require(CloudEvent event, boolean ok, String what) {
        if (!ok) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks " + what);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
