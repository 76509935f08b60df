/** The hash chain of the draw log (摇号日志), pure Java: how a link is hashed and how a chain is checked. */
package cn.supervision.sampling.drawlog.domain;
