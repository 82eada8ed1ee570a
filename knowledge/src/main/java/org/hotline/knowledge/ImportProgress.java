package org.hotline.knowledge;

/**
 * Running totals of an import.
 *
 * @param rowsRead rows read so far
 * @param created  created so far
 * @param updated  updated so far
 * @param unchanged unchanged so far
 * @param failed   failed so far
 * @param finished whether this is the last report
 */
public record ImportProgress(int rowsRead, int created, int updated, int unchanged, int failed, boolean finished) {
}
