/** Plans API and the coverage figures (API and the {@code supervision.sampling.coverage.ratio} gauge). */
package cn.supervision.sampling.plans;
