package cn.supervision.inspection.evidence;

import java.io.IOException;
import java.io.InputStream;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Evidence in GridFS (bucket {@code evidence}): content in 255 kB chunks, so a large video is never held in memory. Works
 * on MongoDB and on the embedded Mongo-wire server. The GridFS driver deletes the chunks of an upload whose source
 * fails with an {@link IOException}, so a refused upload leaves nothing.
 */
class GridFsEvidenceStore implements EvidenceStore {

    private final GridFsTemplate gridFs;

    GridFsEvidenceStore(GridFsTemplate gridFs) {
        this.gridFs = gridFs;
    }

    @Override
    public String save(String recordId, String fileName, String contentType, InputStream content) throws IOException {
        try {
            return gridFs.store(content, fileName, contentType, new Document("recordId", recordId)).toHexString();
        } catch (MongoGridFSException e) {
            if (e.getCause() instanceof IOException reading) {
                throw reading;
            }
            throw e;
        }
    }

    @Override
    public InputStream open(String fileId) throws IOException {
        if (!ObjectId.isValid(fileId)) {
            return null;
        }
        GridFSFile file = gridFs.findOne(query(where("_id").is(new ObjectId(fileId))));
        return file == null ? null : gridFs.getResource(file).getInputStream();
    }

    @Override
    public void delete(String fileId) {
        if (ObjectId.isValid(fileId)) {
            gridFs.delete(query(where("_id").is(new ObjectId(fileId))));
        }
    }
}
