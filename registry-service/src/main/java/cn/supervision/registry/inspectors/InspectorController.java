package cn.supervision.registry.inspectors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.registry.departments.RegistrySettings;
import cn.supervision.registry.history.AsOf;
import cn.supervision.registry.history.domain.History;
import cn.supervision.registry.inspectors.domain.Inspector;
import cn.supervision.registry.spreadsheets.ImportRefused;
import cn.supervision.registry.spreadsheets.ImportReport;
import cn.supervision.registry.spreadsheets.RowProblem;
import cn.supervision.registry.spreadsheets.Sheet;
import cn.supervision.registry.spreadsheets.SheetRow;
import cn.supervision.registry.spreadsheets.Spreadsheets;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The inspector directory for staff: enrol, change, look up (now or as of a date), history, lists, import, export. */
@RestController
@RequestMapping("/inspectors")
class InspectorController {

    private final InspectorDirectory directory;
    private final RegistrySettings settings;
    private final MeterRegistry meters;

    InspectorController(InspectorDirectory directory, RegistrySettings settings, MeterRegistry meters) {
        this.directory = directory;
        this.settings = settings;
        this.meters = meters;
    }

    /** One page of the inspector list. */
    record Page(List<InspectorView> items, int page, int size, long total) {
    }

    @PostMapping
    ResponseEntity<InspectorView> enrol(@Valid @RequestBody EnrolInspectorRequest request) {
        Inspector inspector = directory.enrol(request.certificateNumber(), request.details(), request.reason());
        return ResponseEntity.created(URI.create("/inspectors/" + inspector.certificateNumber())).body(InspectorView.of(inspector, directory.today()));
    }

    @PutMapping("/{certificateNumber}")
    InspectorView change(@PathVariable String certificateNumber, @Valid @RequestBody ChangeInspectorRequest request) {
        return directory.amend(certificateNumber, request.details(), request.reason()).map(i -> InspectorView.of(i, directory.today()))
                .orElseThrow(() -> ProblemException.notFound("inspector " + certificateNumber));
    }

    /**
     * {@code asOf}: what the directory said then (history); {@code on}: the day whose status is shown (default: the
     * asOf day, else today) — "was she active on the draw date?" is {@code ?on=2026-07-10}.
     */
    @GetMapping("/{certificateNumber}")
    InspectorView find(@PathVariable String certificateNumber, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) LocalDate on) {
        InspectorDocument document = directory.require(certificateNumber);
        if (asOf == null) {
            return InspectorView.of(document.toDomain(), on != null ? on : directory.today());
        }
        Instant moment = AsOf.parse(asOf, settings.zone());
        return History.asOf(document.versions(), moment).map(i -> InspectorView.of(i, on != null ? on : day(moment)))
                .orElseThrow(() -> ProblemException.notFound("inspector " + certificateNumber + " as of " + asOf));
    }

    @GetMapping("/{certificateNumber}/history")
    List<History.Entry> history(@PathVariable String certificateNumber) {
        return directory.history(certificateNumber);
    }

    /** Filters: department, status (on the day: today or the asOf date), region, qualification; paged by certificate number. */
    @GetMapping
    Page list(@RequestParam(required = false) String department, @RequestParam(required = false) String status,
            @RequestParam(required = false) String region, @RequestParam(required = false) String qualification,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) LocalDate on, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw ProblemException.invalid(page < 0 ? "page" : "size", page < 0 ? "must be 0 or more" : "must be 1 to 500");
        }
        LocalDate day = day(asOf, on);
        List<InspectorView> all = filtered(department, status, region, qualification, asOf, on).stream().map(i -> InspectorView.of(i, day)).toList();
        int from = (int) Math.min(all.size(), (long) page * size);
        return new Page(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String department, @RequestParam(required = false) String status,
            @RequestParam(required = false) String region, @RequestParam(required = false) String qualification,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) LocalDate on,
            @RequestParam(defaultValue = "csv") String format) {
        boolean xlsx = Spreadsheets.isXlsx(format);
        LocalDate day = day(asOf, on);
        List<List<String>> rows = new ArrayList<>();
        for (Inspector i : filtered(department, status, region, qualification, asOf, on)) {
            rows.add(InspectorSheet.write(i, day));
        }
        return Spreadsheets.download(xlsx, "inspectors", Spreadsheets.write(xlsx, "inspectors", InspectorSheet.LAYOUT.headers(), rows, List.of()));
    }

    @GetMapping("/import-template")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
        boolean xlsx = Spreadsheets.isXlsx(format);
        return Spreadsheets.download(xlsx, "inspectors-template", Spreadsheets.write(xlsx, "inspectors", InspectorSheet.LAYOUT.headers(), List.of(),
                InspectorSheet.LAYOUT.notes()));
    }

    /** Dry run unless {@code apply=true}; any bad row refuses the whole file (422, every row listed) and nothing changes. */
    @PostMapping(value = "/import", consumes = "multipart/form-data")
    ImportReport importFile(@RequestParam(value = "file", required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean apply,
            @RequestParam(required = false) String reason) {
        long started = System.nanoTime();
        if (file == null || file.isEmpty()) {
            throw ImportRefused.file("send the file as the multipart part 'file'");
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Sheet sheet = Spreadsheets.read(file.getOriginalFilename(), bytes, settings.imports().maxFileSize().toBytes(), settings.imports().maxRows());
        List<RowProblem> problems = new ArrayList<>();
        int[] at = Spreadsheets.columns(InspectorSheet.LAYOUT, sheet, problems);
        Inspector.Rules rules = directory.rules();
        Map<String, Integer> seen = new HashMap<>();
        List<InspectorSheet.Row> toApply = new ArrayList<>();
        int added = 0;
        int unchanged = 0;
        for (SheetRow sheetRow : sheet.rows()) {
            InspectorSheet.Row row = InspectorSheet.read(sheetRow, at, problems);
            if (row == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(row.certificateNumber(), row.number());
            if (earlier != null) {
                problems.add(new RowProblem(row.number(), "certificateNumber", "the same inspector as row " + earlier));
                continue;
            }
            try {
                var stored = directory.document(row.certificateNumber());
                if (stored.isEmpty()) {
                    Inspector.enrol(row.certificateNumber(), row.details(), rules);
                    added++;
                    toApply.add(row);
                } else if (stored.get().toDomain().amend(row.details(), rules).equals(stored.get().toDomain())) {
                    unchanged++;
                } else {
                    toApply.add(row);
                }
            } catch (ProblemException refused) {
                for (FieldProblem p : refused.errors()) {
                    problems.add(new RowProblem(row.number(), p.field().replaceAll("\\[\\d+].*$", ""), p.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ImportRefused.rows(problems, sheet.rows().size());
        }
        String why = "import " + file.getOriginalFilename() + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        if (apply) {
            for (InspectorSheet.Row row : toApply) {
                if (directory.amend(row.certificateNumber(), row.details(), why).isEmpty()) {
                    directory.enrol(row.certificateNumber(), row.details(), why);
                }
            }
        }
        meters.counter("supervision.registry.import.rows", "directory", "inspectors", "outcome", apply ? "applied" : "checked")
                .increment(sheet.rows().size());
        return new ImportReport("inspectors", !apply, sheet.rows().size(), sheet.emptyRows(), added, toApply.size() - added, unchanged,
                (System.nanoTime() - started) / 1_000_000);
    }

    private List<Inspector> filtered(String department, String status, String region, String qualification, String asOf, LocalDate on) {
        Instant moment = asOf == null ? null : AsOf.parse(asOf, settings.zone());
        LocalDate day = day(asOf, on);
        return directory.all(moment).stream()
                .filter(i -> department == null || department.equals(i.department()))
                .filter(i -> status == null || status.equals(i.statusOn(day).name()))
                .filter(i -> region == null || region.equals(i.region()))
                .filter(i -> qualification == null || i.qualifications().contains(qualification)).toList();
    }

    private LocalDate day(String asOf, LocalDate on) {
        if (on != null) {
            return on;
        }
        return asOf == null ? directory.today() : day(AsOf.parse(asOf, settings.zone()));
    }

    /** The day an "as of" moment belongs to (the moment is the end of that day). */
    private LocalDate day(Instant moment) {
        return moment.minusNanos(1).atZone(settings.zone()).toLocalDate();
    }
}
