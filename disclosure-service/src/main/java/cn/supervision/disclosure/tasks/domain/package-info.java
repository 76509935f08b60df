/** The task page's rules as pure Java: whether a task's drawn list is public, how a drawn object is labelled. */
package cn.supervision.disclosure.tasks.domain;
