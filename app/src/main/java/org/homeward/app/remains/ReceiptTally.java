package org.homeward.app.remains;

/**
 * What a transfer's receipt counts, each figure in one unit: the bags as received (a split or a merge
 * never changes them) and how many of them had no label that could be read (none recorded since), the individuals (bodies after splits, remains found to be one person counted
 * once; divided remains not at all), the body parts registered on their own, and the remains of the
 * other side sent back.
 */
public record ReceiptTally(long bags, long bagsWithoutLabel, long individuals, long bodyParts, long returned) {
}
