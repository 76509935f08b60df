/** The test harness: real Kafka and MongoDB from Testcontainers when Docker runs, else the embedded servers — the same tests either way. */
package cn.supervision.testsupport;
