/** What an evidence file is, judged by its content, and which file names are acceptable. Pure Java. */
package cn.supervision.inspection.evidence.domain;
