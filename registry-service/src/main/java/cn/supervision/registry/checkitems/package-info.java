/** 抽查事项清单: the check-item list — what may lawfully be checked, by whom, on what legal basis. Public. */
package cn.supervision.registry.checkitems;
