/**
 * Helpers the library's packages share that are not part of its API: they may change or vanish
 * in any release. The published javadoc leaves this package out.
 */
package org.symbiosis.internal;
