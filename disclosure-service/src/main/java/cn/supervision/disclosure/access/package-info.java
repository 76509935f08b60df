/** Who may write: the seam for department scoping, permissive until authentication exists. */
package cn.supervision.disclosure.access;
