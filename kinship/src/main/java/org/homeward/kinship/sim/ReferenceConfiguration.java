package org.homeward.kinship.sim;

/** Which relatives of a missing person gave reference samples: the configurations families present. */
public enum ReferenceConfiguration {
    /** The father or the mother. */
    ONE_PARENT,
    BOTH_PARENTS,
    ONE_SIBLING,
    TWO_SIBLINGS,
    /** A child of the missing person and the child's other parent. */
    CHILD_AND_OTHER_PARENT,
    /** A paternal half-sibling. */
    HALF_SIBLING,
    /** Both paternal grandparents. */
    GRANDPARENTS
}
