/** 信用规则 as pure Java: the rule book (lists, entry and leave rules, risk points, follow-up) and its validation. */
package cn.supervision.credit.rules.domain;
