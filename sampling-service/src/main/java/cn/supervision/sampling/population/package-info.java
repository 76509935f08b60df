/** The eligible-population read model: objects and inspectors as registry's events describe them. Never calls registry. */
package cn.supervision.sampling.population;
