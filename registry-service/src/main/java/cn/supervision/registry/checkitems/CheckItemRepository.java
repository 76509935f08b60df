package cn.supervision.registry.checkitems;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CheckItemRepository extends MongoRepository<CheckItemDocument, String> {
}
