package org.homeward.app.genetics;

/** Whose samples a laboratory's file types, as the addresses name them: the registry's reference samples or the remains register's. */
public enum LabSide { references, remains }
