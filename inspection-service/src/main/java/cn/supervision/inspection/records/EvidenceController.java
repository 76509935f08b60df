package cn.supervision.inspection.records;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import cn.supervision.inspection.evidence.EvidenceIntake;
import cn.supervision.inspection.evidence.EvidenceRefused;
import cn.supervision.inspection.records.domain.Evidence;
import cn.supervision.inspection.records.domain.Inspection;
import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * 证据材料 of a record: upload (multipart: {@code file}, {@code uploadedBy}, optional {@code description}), download,
 * and a check that the stored content still has the SHA-256 recorded when it arrived.
 */
@RestController
@RequestMapping("/inspections/{taskId}/{objectId}/evidence")
class EvidenceController {

    private static final Logger log = LoggerFactory.getLogger(EvidenceController.class);
    private static final int MAX_DESCRIPTION = 500;

    private final InspectionRecords records;
    private final EvidenceIntake intake;
    private final java.time.Clock clock;

    EvidenceController(InspectionRecords records, EvidenceIntake intake, java.time.Clock clock) {
        this.records = records;
        this.intake = intake;
        this.clock = clock;
    }

    record Verification(String evidenceId, String recordedSha256, String storedSha256, boolean intact) {
    }

    /** Streams the file into the store (content type from its first bytes, SHA-256 on the way); the same file again is not stored twice. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Evidence> upload(@PathVariable String taskId, @PathVariable String objectId,
            @RequestParam(required = false) String uploadedBy, @RequestParam(required = false) String description,
            @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        if (uploadedBy == null || uploadedBy.isBlank()) {
            throw ProblemException.invalid("uploadedBy", "is required: the inspector attaching the evidence");
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw ProblemException.invalid("description", "at most " + MAX_DESCRIPTION + " characters");
        }
        if (file == null) {
            throw ProblemException.invalid("file", "is required: a multipart part named 'file'");
        }
        Inspection record = records.checkEvidenceAllowed(taskId, objectId, uploadedBy);
        EvidenceIntake.Received received;
        try (InputStream content = file.getInputStream()) {
            received = intake.receive(record.id(), file.getOriginalFilename(), file.getContentType(), content);
        }
        Evidence evidence = new Evidence(received.fileId(), received.fileName(), received.contentType(), received.size(), received.sha256(),
                description == null || description.isBlank() ? null : description.strip(), uploadedBy, clock.instant());
        Inspection after;
        try {
            after = records.addEvidence(taskId, objectId, evidence);
        } catch (RuntimeException refused) {
            intake.discard(received.fileId());
            throw refused;
        }
        Evidence kept = after.evidenceLike(received.sha256(), received.fileName());
        if (!kept.evidenceId().equals(received.fileId())) {
            intake.discard(received.fileId());
            log.info("evidence {} uploaded again to {}; kept {}", received.fileName(), record.id(), kept.evidenceId());
            return ResponseEntity.ok(kept);
        }
        return ResponseEntity.created(URI.create("/inspections/" + taskId + "/" + objectId + "/evidence/" + kept.evidenceId())).body(kept);
    }

    @GetMapping("/{evidenceId}")
    ResponseEntity<InputStreamResource> download(@PathVariable String taskId, @PathVariable String objectId, @PathVariable String evidenceId)
            throws IOException {
        Evidence evidence = evidence(taskId, objectId, evidenceId);
        InputStream content = intake.open(evidenceId);
        if (content == null) {
            throw ProblemException.notFound("content of evidence " + evidenceId);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(evidence.contentType()))
                .contentLength(evidence.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(evidence.fileName(), StandardCharsets.UTF_8).build()
                        .toString())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(evidence.sha256())) + ":")
                .body(new InputStreamResource(content));
    }

    /** Reads the stored content again and compares its SHA-256 with the one recorded at upload. */
    @GetMapping("/{evidenceId}/verify")
    Verification verify(@PathVariable String taskId, @PathVariable String objectId, @PathVariable String evidenceId) {
        Evidence evidence = evidence(taskId, objectId, evidenceId);
        String stored = intake.sha256Of(evidenceId);
        boolean intact = evidence.sha256().equals(stored);
        if (!intact) {
            log.warn("evidence {} of {}/{} does not match its recorded hash", evidenceId, taskId, objectId);
        }
        return new Verification(evidenceId, evidence.sha256(), stored, intact);
    }

    private Evidence evidence(String taskId, String objectId, String evidenceId) {
        return records.find(taskId, objectId).evidence().stream().filter(e -> e.evidenceId().equals(evidenceId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("evidence " + evidenceId + " of inspection " + Inspection.idOf(taskId, objectId)));
    }

    /** The servlet container refused the upload while reading it (its multipart limits): answered like our own limit. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        ProblemException problem = intake.refused("too-large", EvidenceRefused.tooLarge("file", intake.maxBytes()));
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(problem.status()), problem.getMessage());
        body.setTitle(problem.title());
        body.setInstance(URI.create(request.getRequestURI()));
        body.setProperty("errors", List.<FieldProblem>copyOf(problem.errors()));
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
