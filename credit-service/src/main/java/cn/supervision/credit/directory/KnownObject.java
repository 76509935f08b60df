package cn.supervision.credit.directory;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An object as the registry last described it; {@code eventTime} guards against an older event rolling it back. */
@Document(KnownObject.COLLECTION)
public record KnownObject(@Id String objectId, String name, String objectType, String status, Instant eventTime) {

    static final String COLLECTION = "known_objects";

    public boolean deregistered() {
        return "DEREGISTERED".equals(status);
    }
}
