package org.homeward.formats.codis;

import java.util.List;

/**
 * A CODIS CMF 3.2 import file. Optional header elements are empty strings when absent.
 *
 * @param namespaced whether the root is in the namespace {@value CmfReader#NAMESPACE}
 */
public record CmfFile(String headerVersion, String messageType, String destinationOri, String sourceLab,
                      String submitByUserId, String submitDateTime, String batchId, String kit,
                      List<CmfSpecimen> specimens, boolean namespaced) {

    public CmfFile {
        specimens = List.copyOf(specimens);
    }
}
