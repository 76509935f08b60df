/** Who is acting and which departments' records they may change: the seam for department scoping (部门权限). */
package cn.supervision.registry.access;
