package cn.supervision.inspection.records;

import org.springframework.data.mongodb.repository.MongoRepository;

interface InspectionRepository extends MongoRepository<InspectionDocument, String> {
}
