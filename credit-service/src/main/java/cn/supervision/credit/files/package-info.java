/** 信用档案: one credit file per object, fed by inspection results and violations, read by other departments. */
package cn.supervision.credit.files;
