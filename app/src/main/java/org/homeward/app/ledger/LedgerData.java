package org.homeward.app.ledger;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything in the ledger, read in one transaction. The ledger holds thousands of rows, not
 * millions, so every view is computed in memory from one consistent snapshot ({@link LedgerBook}).
 */
public record LedgerData(List<Party> parties, List<Source> sources, List<Statement> statements, List<Agreement> agreements,
                  List<Transfer> transfers, List<Offer> offers, List<Claim> claims) {

    static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
