/** Credit files as pure Java: entries, their kinds, their order. */
package cn.supervision.credit.files.domain;
