package org.homeward.formats.genemapper;

import java.util.List;

/**
 * A GeneMapper export as read.
 *
 * @param droppedControls names of the ladder and control rows left out
 */
public record GeneMapperExport(GeneMapperLayout layout, List<GeneMapperSample> samples, List<String> droppedControls) {

    public GeneMapperExport {
        samples = List.copyOf(samples);
        droppedControls = List.copyOf(droppedControls);
    }
}
