package cn.supervision.registry.departments;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.*} beside the departments: the administrative divisions objects may lie in, the complaint count from
 * which an object is tagged {@code MANY_COMPLAINTS}, the bureau's time zone (for "as of" dates), import limits.
 */
@ConfigurationProperties("registry")
public record RegistrySettings(Map<String, String> regions, Integer manyComplaints, ZoneId zone, Import imports) {

    /** {@code registry.imports.*}: the largest file accepted and the most rows in one import. */
    public record Import(DataSize maxFileSize, Integer maxRows) {
        public Import {
            maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(40) : maxFileSize;
            maxRows = maxRows == null ? 200_000 : maxRows;
        }
    }

    public RegistrySettings {
        regions = regions == null ? Map.of() : new LinkedHashMap<>(regions);
        manyComplaints = manyComplaints == null ? 3 : manyComplaints;
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        imports = imports == null ? new Import(null, null) : imports;
    }

    /** A region is known when it is configured; with none configured any 6-digit code is accepted. */
    public boolean knowsRegion(String code) {
        return code != null && code.matches("\\d{6}") && (regions.isEmpty() || regions.containsKey(code));
    }
}
