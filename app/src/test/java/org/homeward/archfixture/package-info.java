/**
 * A deliberately broken modular structure, used only to prove that the architecture test catches
 * a feature reaching into another feature's internals, and a feature using the demo data. Not part
 * of the application.
 */
package org.homeward.archfixture;
