/**
 * Graph views of a park for network analysis with JGraphT (components, cycles, centrality) and
 * its export as GraphML and DOT with jgrapht-io.
 * JGraphT types stay in this package and do not appear in the model.
 */
package org.symbiosis.graph;
