package cn.supervision.registry.objects;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ObjectRepository extends MongoRepository<ObjectDocument, String> {
}
