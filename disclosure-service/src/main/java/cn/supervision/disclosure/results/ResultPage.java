package cn.supervision.disclosure.results;

import java.util.List;

/** One page of a search: {@code page} counts from 0, {@code size} is the page size actually applied, {@code total} all matches. */
public record ResultPage(List<PublicResultView> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
