/** 企业公示页: everything public about one object — its results, the draws it was part of, its credit-list changes. */
package cn.supervision.disclosure.enterprises;
