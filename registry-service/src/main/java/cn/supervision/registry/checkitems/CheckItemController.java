package cn.supervision.registry.checkitems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.registry.checkitems.domain.CheckItem;
import cn.supervision.registry.departments.RegistrySettings;
import cn.supervision.registry.history.AsOf;
import cn.supervision.registry.history.domain.History;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Defines, changes and retires check items (staff) and publishes the list (anyone, no login: the list must be public). */
@RestController
class CheckItemController {

    private final CheckItemList list;
    private final RegistrySettings settings;
    private final MeterRegistry meters;

    CheckItemController(CheckItemList list, RegistrySettings settings, MeterRegistry meters) {
        this.list = list;
        this.settings = settings;
        this.meters = meters;
    }

    @PostMapping("/check-items")
    ResponseEntity<CheckItem> define(@Valid @RequestBody DefineCheckItemRequest r) {
        CheckItem item = list.define(r.code(), r.details(), r.reason());
        return ResponseEntity.created(URI.create("/public/check-items/" + item.code())).body(item);
    }

    @PutMapping("/check-items/{code}")
    CheckItem change(@PathVariable String code, @Valid @RequestBody ChangeCheckItemRequest r) {
        return list.amend(code, r.details(), r.reason()).orElseThrow(() -> ProblemException.notFound("check item " + code));
    }

    /** 停用: final; the item stays on the public list as RETIRED and sampling refuses it for new tasks. */
    @PostMapping("/check-items/{code}/retire")
    CheckItem retire(@PathVariable String code, @Valid @RequestBody RetireCheckItemRequest r) {
        return list.retire(code, r.effectiveTo(), r.reason()).orElseThrow(() -> ProblemException.notFound("check item " + code));
    }

    @GetMapping("/check-items/{code}/history")
    List<History.Entry> history(@PathVariable String code) {
        return list.history(code);
    }

    /** The public list (抽查事项清单公示), filtered by department, status, object type or kind; as of a date if asked. */
    @GetMapping("/public/check-items")
    List<CheckItem> publicList(@RequestParam(required = false) String department, @RequestParam(required = false) String status,
            @RequestParam(required = false) String objectType, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String asOf) {
        Instant moment = asOf == null ? null : AsOf.parse(asOf, settings.zone());
        return list.all(moment).stream()
                .filter(i -> department == null || department.equals(i.department()) || i.participatingDepartments().contains(department))
                .filter(i -> status == null || status.equals(i.status()))
                .filter(i -> objectType == null || objectType.equals(i.objectType()))
                .filter(i -> kind == null || kind.equals(i.kind())).toList();
    }

    @GetMapping("/public/check-items/{code}")
    CheckItem publicItem(@PathVariable String code) {
        return list.document(code).map(d -> d.item).orElseThrow(() -> ProblemException.notFound("check item " + code));
    }

    @GetMapping("/check-items/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String department, @RequestParam(required = false) String status,
            @RequestParam(required = false) String objectType, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String asOf, @RequestParam(defaultValue = "csv") String format) {
        boolean xlsx = Spreadsheets.isXlsx(format);
        List<List<String>> rows = publicList(department, status, objectType, kind, asOf).stream().map(CheckItemSheet::write).toList();
        return Spreadsheets.download(xlsx, "check-items", Spreadsheets.write(xlsx, "check-items", CheckItemSheet.LAYOUT.headers(), rows, List.of()));
    }

    @GetMapping("/check-items/import-template")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
        boolean xlsx = Spreadsheets.isXlsx(format);
        return Spreadsheets.download(xlsx, "check-items-template", Spreadsheets.write(xlsx, "check-items", CheckItemSheet.LAYOUT.headers(),
                List.of(), CheckItemSheet.LAYOUT.notes()));
    }

    /** Dry run unless {@code apply=true}; any bad row refuses the whole file (422, every row listed) and nothing changes. */
    @PostMapping(value = "/check-items/import", consumes = "multipart/form-data")
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
        int[] at = Spreadsheets.columns(CheckItemSheet.LAYOUT, sheet, problems);
        Map<String, Integer> seen = new HashMap<>();
        List<CheckItemSheet.Row> toApply = new ArrayList<>();
        int added = 0;
        int unchanged = 0;
        for (SheetRow sheetRow : sheet.rows()) {
            CheckItemSheet.Row row = CheckItemSheet.read(sheetRow, at, problems);
            if (row == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(row.code(), row.number());
            if (earlier != null) {
                problems.add(new RowProblem(row.number(), "code", "the same check item as row " + earlier));
                continue;
            }
            try {
                var stored = list.document(row.code());
                if (stored.isEmpty()) {
                    CheckItem.define(row.code(), row.details(), settingsDepartments());
                    added++;
                    toApply.add(row);
                } else if (stored.get().item.amend(row.details(), settingsDepartments()).equals(stored.get().item)) {
                    unchanged++;
                } else {
                    toApply.add(row);
                }
            } catch (ProblemException refused) {
                for (FieldProblem p : refused.errors()) {
                    problems.add(new RowProblem(row.number(), p.field().replaceAll("\\[\\d+]$", ""), p.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ImportRefused.rows(problems, sheet.rows().size());
        }
        String why = "import " + file.getOriginalFilename() + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        if (apply) {
            for (CheckItemSheet.Row row : toApply) {
                if (list.amend(row.code(), row.details(), why).isEmpty()) {
                    list.define(row.code(), row.details(), why);
                }
            }
        }
        meters.counter("supervision.registry.import.rows", "directory", "check-items", "outcome", apply ? "applied" : "checked")
                .increment(sheet.rows().size());
        return new ImportReport("check-items", !apply, sheet.rows().size(), sheet.emptyRows(), added, toApply.size() - added, unchanged,
                (System.nanoTime() - started) / 1_000_000);
    }

    private java.util.Set<String> settingsDepartments() {
        return list.departmentCodes();
    }
}
