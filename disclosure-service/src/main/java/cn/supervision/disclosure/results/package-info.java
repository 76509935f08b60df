/** 抽查结果公示: the public record of inspection results, built from inspection-service's events and served without login. */
package cn.supervision.disclosure.results;
