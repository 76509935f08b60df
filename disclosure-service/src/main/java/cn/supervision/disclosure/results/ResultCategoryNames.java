package cn.supervision.disclosure.results;

import java.util.Arrays;
import java.util.List;

import cn.supervision.disclosure.results.domain.ResultCategory;

/** The result categories for the search form's choice list. */
public final class ResultCategoryNames {

    public record Choice(String code, String name) {
    }

    private ResultCategoryNames() {
    }

    public static List<Choice> all() {
        return Arrays.stream(ResultCategory.values()).map(c -> new Choice(c.code(), c.chineseName())).toList();
    }
}
