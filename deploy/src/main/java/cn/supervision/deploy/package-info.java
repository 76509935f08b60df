/** The embedded default: one JVM with a real Kafka broker, a Mongo-wire server and the five services. */
package cn.supervision.deploy;
