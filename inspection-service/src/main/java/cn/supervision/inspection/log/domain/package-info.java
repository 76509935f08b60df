/**
 * The rules of the full-process log (执法全过程记录): how an entry is chained to the one before it and how a chain is
 * verified. Pure Java: no Spring, Mongo or Kafka types.
 */
package cn.supervision.inspection.log.domain;
