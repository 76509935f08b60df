/** Real servers inside the JVM for the embedded default and for tests without Docker: a KRaft Kafka broker and a Mongo-wire server. */
package cn.supervision.localinfra;
