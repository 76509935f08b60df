/** The rules of the public record as pure Java: result categories, the disclosure deadline, what a public result holds. */
package cn.supervision.disclosure.results.domain;
