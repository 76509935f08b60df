package cn.supervision.registry.inspectors;

import org.springframework.data.mongodb.repository.MongoRepository;

interface InspectorRepository extends MongoRepository<InspectorDocument, String> {
}
