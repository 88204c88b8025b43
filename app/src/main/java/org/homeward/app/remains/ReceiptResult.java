package org.homeward.app.remains;

import java.util.List;

import org.homeward.app.genetics.RowProblem;

/** What a receipt registered: the bags and the body numbers given, in order, and the rows skipped (LENIENT). */
public record ReceiptResult(int bags, List<String> bodyNumbers, List<RowProblem> skipped) {

    public ReceiptResult {
        bodyNumbers = List.copyOf(bodyNumbers);
        skipped = List.copyOf(skipped);
    }
}
