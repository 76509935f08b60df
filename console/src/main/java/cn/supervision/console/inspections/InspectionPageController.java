package cn.supervision.console.inspections;

import java.nio.charset.StandardCharsets;

import cn.supervision.console.api.PlatformApi;
import cn.supervision.console.api.Service;
import cn.supervision.console.signin.Staff;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import static cn.supervision.console.api.PlatformApi.path;

/** 检查记录: the record page, and its evidence files viewed through the console (a photo opens in the browser). */
@Controller
class InspectionPageController {

    private final RecordPage page;
    private final PlatformApi api;

    InspectionPageController(RecordPage page, PlatformApi api) {
        this.page = page;
        this.api = api;
    }

    @GetMapping("/inspections/{taskId}/{objectId}")
    String record(Staff staff, @PathVariable String taskId, @PathVariable String objectId, Model model) {
        return page.show(staff, taskId, objectId, model, null);
    }

    /**
     * The evidence as inspection-service stored it, shown inline: its content type is what the service recognised from
     * the content (JPEG, PNG, PDF, video), not what the uploader claimed, so the browser may display it.
     */
    @GetMapping("/inspections/{taskId}/{objectId}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(Staff staff, @PathVariable String taskId, @PathVariable String objectId, @PathVariable String evidenceId) {
        page.load(staff, taskId, objectId);
        ResponseEntity<byte[]> stored = api.download(Service.INSPECTION, RecordPage.recordPath(taskId, objectId) + path("/evidence/{id}", evidenceId));
        ContentDisposition original = stored.getHeaders().getContentDisposition();
        String name = original.getFilename() == null ? evidenceId : original.getFilename();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(stored.getHeaders().getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM : stored.getHeaders().getContentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString());
        String digest = stored.getHeaders().getFirst("Repr-Digest");
        if (digest != null) {
            answer.header("Repr-Digest", digest);
        }
        return answer.body(stored.getBody());
    }
}
