/** 信用评价 as pure Java: from a file's facts and the rules to its lists, follow-ups and risk level, and what changed. */
package cn.supervision.credit.assessment.domain;
