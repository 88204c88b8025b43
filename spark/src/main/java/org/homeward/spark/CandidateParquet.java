package org.homeward.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.homeward.kinship.screen.Candidate;

/**
 * Candidates as Parquet, for exports too large for a CSV to be handy: the CSV's columns plus {@code rank}
 * (1 = best, the order of the candidates list), since a Parquet directory's rows have no order of their own.
 * {@code log10_lr} is the exact double (−∞ for an exclusion), not the CSV's rounded text.
 */
public final class CandidateParquet {

    public static final StructType SCHEMA = new StructType()
            .add("rank", DataTypes.IntegerType, false)
            .add("remains", DataTypes.StringType, false)
            .add("family", DataTypes.StringType, false)
            .add("missing_person", DataTypes.StringType, false)
            .add("lr", DataTypes.DoubleType, false)
            .add("log10_lr", DataTypes.DoubleType, false)
            .add("markers_compared", DataTypes.IntegerType, false)
            .add("inconsistent_markers", DataTypes.IntegerType, false);

    private CandidateParquet() { }

    /** Writes into a new directory (an existing one is refused by Spark, never overwritten). */
    public static void write(SparkSession spark, List<Candidate> candidates, String path) {
        List<Row> rows = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            rows.add(RowFactory.create(i + 1, c.remainsId(), c.familyId(), c.missingPerson(), c.lr(), c.log10Lr(),
                    c.markersCompared(), c.inconsistentMarkers()));
        }
        spark.createDataFrame(rows, SCHEMA).write().parquet(path);
    }
}
