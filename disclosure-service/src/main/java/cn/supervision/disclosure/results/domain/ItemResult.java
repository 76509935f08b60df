package cn.supervision.disclosure.results.domain;

/** The public result of one checked item: which department checked what, and the category found. */
public record ItemResult(String department, String checkItem, String category, String categoryName) {

    public static ItemResult of(String department, String checkItem, ResultCategory category) {
        return new ItemResult(department, checkItem, category.code(), category.chineseName());
    }
}
