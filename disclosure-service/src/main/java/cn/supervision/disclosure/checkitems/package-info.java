/** 抽查事项清单: the public list of what may be checked, by whom, on what legal basis, kept from registry's events. */
package cn.supervision.disclosure.checkitems;
