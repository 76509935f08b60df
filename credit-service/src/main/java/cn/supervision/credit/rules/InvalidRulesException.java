package cn.supervision.credit.rules;

import java.util.List;

/** The rule book cannot be used: the service does not start, and the message lists every problem with its path. */
public class InvalidRulesException extends IllegalStateException {

    private final List<String> problems;

    InvalidRulesException(String location, List<String> problems) {
        super("credit rules at " + location + " are invalid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
