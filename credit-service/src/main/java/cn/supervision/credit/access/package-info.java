/** Who may act: the seam where department scoping and authorisation will be enforced. */
package cn.supervision.credit.access;
