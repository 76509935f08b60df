/**
 * The rules of an inspection record (检查记录): who may enter which results, which result categories need a
 * violation, when a record is submitted, returned or completed. Pure Java: no Spring, Mongo or Kafka types.
 */
package cn.supervision.inspection.records.domain;
