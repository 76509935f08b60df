package cn.supervision.inspection.evidence;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

@Configuration
class EvidenceConfiguration {

    static final String BUCKET = "evidence";

    @Bean
    @ConditionalOnMissingBean(EvidenceStore.class)
    EvidenceStore evidenceStore(MongoDatabaseFactory database, MongoConverter converter) {
        return new GridFsEvidenceStore(new GridFsTemplate(database, converter, BUCKET));
    }
}
