package cn.supervision.inspection.evidence;

import java.io.IOException;
import java.io.InputStream;

/** Where evidence content lives. One interface so that another store (object storage, a chunked collection) can replace GridFS. */
public interface EvidenceStore {

    /**
     * Stores the content, read to its end, and returns the file's id. If reading fails (an {@link IOException}, such as
     * the size limit being exceeded), nothing is left behind.
     */
    String save(String recordId, String fileName, String contentType, InputStream content) throws IOException;

    /** The content of a stored file, or null when there is no such file. */
    InputStream open(String fileId) throws IOException;

    void delete(String fileId);
}
