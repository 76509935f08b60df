package cn.supervision.credit.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import cn.supervision.credit.rules.domain.RuleBook;
import cn.supervision.credit.rules.domain.RuleBookCheck;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads a rule book from YAML (or JSON) and checks it: a field the rules do not know is an error, not a silent default. */
public final class RuleBookLoader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private RuleBookLoader() {
    }

    public static RuleBook load(Resource resource) {
        String location = resource.getDescription();
        RuleBook book;
        try (InputStream in = resource.getInputStream()) {
            book = YAML.readValue(in, RuleBook.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the credit rules at " + location, e);
        } catch (JacksonException e) {
            throw new InvalidRulesException(location, List.of(path(e) + ": " + firstLine(e.getOriginalMessage())));
        }
        List<String> problems = RuleBookCheck.problems(book);
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(location, problems);
        }
        return book;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(root)" : path.toString();
    }

    private static String firstLine(String message) {
        String m = message == null ? "unreadable" : message;
        int cut = m.indexOf('\n');
        return cut < 0 ? m : m.substring(0, cut);
    }
}
