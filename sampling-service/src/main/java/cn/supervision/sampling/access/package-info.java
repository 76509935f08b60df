/** Who is acting and for which departments: the seam for department scoping (部门权限), open until security exists. */
package cn.supervision.sampling.access;
