/**
 * Lists in and out of the registry: importing member lists (CSV or XLSX: mapping, preview, duplicate
 * detection, the guarded reading of workbooks, the run in the background with its report) and exporting
 * any registry list as CSV or XLSX. It owns the import jobs and their lines, and writes persons and
 * households only through the registry's facades.
 */
package org.sillon.exchange;
