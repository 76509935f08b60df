package cn.supervision.registry.objects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.supervision.registry.departments.RegistrySettings;
import cn.supervision.registry.history.AsOf;
import cn.supervision.registry.history.domain.History;
import cn.supervision.registry.objects.domain.InspectionObject;
import cn.supervision.registry.spreadsheets.ImportRefused;
import cn.supervision.registry.spreadsheets.ImportReport;
import cn.supervision.registry.spreadsheets.Spreadsheets;
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

/** The object directory for staff: register, change, look up (now or as of a date), history, lists, import, export. */
@RestController
@RequestMapping("/objects")
class ObjectController {

    private final ObjectDirectory directory;
    private final ObjectSearch search;
    private final ObjectImport importer;
    private final RegistrySettings settings;

    ObjectController(ObjectDirectory directory, ObjectSearch search, ObjectImport importer, RegistrySettings settings) {
        this.directory = directory;
        this.search = search;
        this.importer = importer;
        this.settings = settings;
    }

    @PostMapping
    ResponseEntity<InspectionObject> register(@Valid @RequestBody RegisterObjectRequest request) {
        InspectionObject object = directory.register(request);
        return ResponseEntity.created(URI.create("/objects/" + object.key())).body(object);
    }

    /** Fields left out stay as they are; {@code reason} is required. */
    @PutMapping("/{key}")
    InspectionObject change(@PathVariable String key, @Valid @RequestBody ChangeObjectRequest request) {
        return directory.amend(key, request);
    }

    @GetMapping("/{key}")
    InspectionObject find(@PathVariable String key, @RequestParam(required = false) String asOf) {
        return asOf == null ? directory.find(key) : directory.findAsOf(key, AsOf.parse(asOf, settings.zone()));
    }

    /** Every version: who, when, why, and each field before → after. */
    @GetMapping("/{key}/history")
    List<History.Entry> history(@PathVariable String key) {
        return directory.history(key);
    }

    @GetMapping
    ObjectSearch.Page list(ObjectFilter filter, @RequestParam(required = false) String asOf, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return search.page(filter, moment(asOf), page, size);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(ObjectFilter filter, @RequestParam(required = false) String asOf,
            @RequestParam(defaultValue = "csv") String format) {
        boolean xlsx = Spreadsheets.isXlsx(format);
        List<List<String>> rows = new ArrayList<>();
        search.each(filter, moment(asOf), o -> rows.add(ObjectSheet.write(o)));
        return Spreadsheets.download(xlsx, "objects", Spreadsheets.write(xlsx, "objects", ObjectSheet.LAYOUT.headers(), rows, List.of()));
    }

    @GetMapping("/import-template")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
        boolean xlsx = Spreadsheets.isXlsx(format);
        return Spreadsheets.download(xlsx, "objects-template", Spreadsheets.write(xlsx, "objects", ObjectSheet.LAYOUT.headers(), List.of(),
                ObjectSheet.LAYOUT.notes()));
    }

    /** Dry run unless {@code apply=true}: every bad row is reported (422) and nothing changes; a clean file is applied whole. */
    @PostMapping(value = "/import", consumes = "multipart/form-data")
    ImportReport importFile(@RequestParam(value = "file", required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean apply,
            @RequestParam(required = false) String reason) {
        if (file == null || file.isEmpty()) {
            throw ImportRefused.file("send the file as the multipart part 'file'");
        }
        long limit = settings.imports().maxFileSize().toBytes();
        if (file.getSize() > limit) {
            throw ImportRefused.tooLarge(file.getSize(), limit);
        }
        try {
            return importer.importFile(file.getOriginalFilename(), file.getBytes(), !apply, reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant moment(String asOf) {
        return asOf == null || asOf.isBlank() ? null : AsOf.parse(asOf, settings.zone());
    }
}
