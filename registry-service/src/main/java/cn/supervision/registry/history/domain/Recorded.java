package cn.supervision.registry.history.domain;

import java.util.Map;

/** A directory record whose versions can be compared field by field (personal data already masked). */
public interface Recorded {

    /** Field name to value, in a fixed order; values are strings, numbers, lists or null. */
    Map<String, Object> fields();
}
