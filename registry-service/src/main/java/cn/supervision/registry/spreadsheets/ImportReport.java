package cn.supervision.registry.spreadsheets;

/**
 * What an import did (or, in a dry run, would do): rows read, empty rows skipped, records added, changed and left
 * unchanged (importing the same sheet twice changes nothing the second time).
 */
public record ImportReport(String directory, boolean dryRun, int rows, int emptyRows, int added, int changed, int unchanged,
        long millis) {
}
