/**
 * Bulk work as a clerk does it: CSV and Excel (.xlsx) files read into rows and columns with every problem located by
 * row number and column, templates and exports written in the same layout so an export can be edited and re-imported.
 */
package cn.supervision.registry.spreadsheets;
